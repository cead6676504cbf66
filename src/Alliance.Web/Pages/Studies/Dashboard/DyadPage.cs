using Alliance.Instruments;
using Alliance.Data.Model;
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
        var episodes = TrackedSeries.Ruptures(snapshot)[dyad.DyadId].ToList();
        var overview = StudyDashboard.Dyad(snapshot, study, dyad, snapshot.Rows, episodes, now, text.Code);
        var visible = overview.ClientRatingsVisible;
        var forms = snapshot.Forms;
        var client = visible ? TrackedSeries.Of(snapshot.Rows, RaterRole.Client, forms) : [];
        var therapist = TrackedSeries.Of(snapshot.Rows, RaterRole.Therapist, forms);
        var ruptures = visible ? episodes.Select(e => (int)e.Session).ToHashSet() : [];
        var repairs = visible ? episodes.Where(e => e.RepairSession is not null).Select(e => (int)e.RepairSession!.Value).ToHashSet() : [];
        var sessions = snapshot.Rows.GroupBy(r => r.Session).OrderBy(g => g.Key).Select(g => new SessionLine(
            g.Key, g.Select(r => r.HeldOn).FirstOrDefault(h => h is not null),
            client.TryGetValue(g.Key, out var c) ? c : null,
            therapist.TryGetValue(g.Key, out var t) ? t : null,
            [.. g.OrderBy(r => r.Role).ThenBy(r => forms.InstrumentOf(r.VersionId), StringComparer.Ordinal)
                .Select(r => Form(r, forms, now, visible))],
            ruptures.Contains(g.Key), repairs.Contains(g.Key))).ToList();
        return new DyadDetail(overview, sessions, DyadChart.Svg(dyad.Code, sessions, forms, visible, text));
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
        return new FormStatus(row.Role.Name(), forms.InstrumentOf(row.VersionId), state, score);
    }
}
