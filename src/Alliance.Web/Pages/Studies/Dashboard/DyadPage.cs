using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>Builds a <see cref="DyadDetail"/> from a snapshot loaded for one dyad.</summary>
internal static class DyadPage
{
    /// <summary>Null when the snapshot holds no dyad (not in the study, or not visible to the member).</summary>
    public static DyadDetail? Build(DashboardSnapshot snapshot, StudyContext study, DateTimeOffset now, WorkspaceText text)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(text);
        if (snapshot.Dyads is not [var dyad])
        {
            return null;
        }
        var episodes = FormSeries.Ruptures(snapshot)[dyad.DyadId].ToList();
        var overview = StudyDashboard.Dyad(snapshot, study, dyad, snapshot.Rows, episodes, now, text.Code);
        var visible = overview.ClientRatingsVisible;
        var forms = snapshot.Forms;
        bool Shown(DashboardForm f) => (visible || f.Role != RaterRole.Client)
            && snapshot.Rows.Any(r => forms.IsOf(f, r.Role, r.VersionId));
        var columns = forms.Constructs.SelectMany(c => c.Forms).Where(Shown).ToList();
        var scores = columns.SelectMany(f => FormSeries.Of(snapshot.Rows, f, forms).Select(s => new FormScore(f.Role, f.Instrument, s.Key, s.Value)))
            .ToLookup(s => s.Session);
        var marked = visible ? episodes : [];
        var sessions = snapshot.Rows.GroupBy(r => r.Session).OrderBy(g => g.Key).Select(g => new SessionLine(
            g.Key, g.Select(r => r.HeldOn).FirstOrDefault(h => h is not null),
            [.. scores[g.Key]],
            [.. g.OrderBy(r => r.Role).ThenBy(r => forms.InstrumentOf(r.VersionId), StringComparer.Ordinal)
                .Select(r => Form(r, forms, now, visible))],
            [.. marked.Where(e => (int)e.Episode.Session == g.Key).Select(e => e.Instrument).Distinct(StringComparer.Ordinal)],
            [.. marked.Where(e => e.Episode.RepairSession is double s && (int)s == g.Key).Select(e => e.Instrument).Distinct(StringComparer.Ordinal)]))
            .ToList();
        var charts = new List<ConstructChart>();
        foreach (var construct in forms.Constructs)
        {
            var lines = construct.Forms.Where(f => columns.Contains(f) && sessions.Any(s => s.ScoreOf(f) is not null)).ToList();
            if (lines.Count > 0)
            {
                charts.Add(new ConstructChart(construct, lines, DyadChart.Create(dyad.Code, charts.Count + 1, construct, lines, sessions, text)));
            }
        }
        return new DyadDetail(overview, columns, sessions, charts, [.. forms.ClientForms]);
    }

    private static FormStatus Form(FormRow row, DashboardForms forms, DateTimeOffset now, bool clientVisible)
    {
        var c = CompletionRules.Of(row.Status, row.OpensAt, row.ExpiresAt, row.HeldOn, row.CreatedAt, now);
        var state = c.Submitted > 0 ? InvitationStatus.Submitted.Name() : c.Withdrawn > 0 ? InvitationStatus.Withdrawn.Name()
            : c.Expired > 0 ? InvitationStatus.Expired.Name() : c.Overdue > 0 ? "overdue" : InvitationStatus.Open.Name();
        double? score = null;
        if (c.Submitted > 0 && (clientVisible || row.Role != RaterRole.Client)
            && row.Scores[forms.ScoreIdOf(row.VersionId)] is double v)
        {
            score = v;
        }
        return new FormStatus(row.Role.Name(), forms.InstrumentOf(row.VersionId), state, score, forms.RangeOf(row.VersionId));
    }
}
