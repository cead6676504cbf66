using Alliance.Analysis.Ruptures;
using Alliance.Data.Dashboard;
using Alliance.Data.Model;
using Alliance.Data.Paging;
using Alliance.Plots.Charts;
using Alliance.Instruments;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Turns a <see cref="DashboardSnapshot"/> into what the pages show: completion per dyad, therapist and study, the
/// latest score on each form, and alerts (latest score of a client form meeting one of its cutoffs; ruptures by the
/// rupture rule on each client form). Blinding (<see cref="VisibleDyads.ClientRatingsVisible"/>) removes client
/// scores and client alerts, never counts.
/// </summary>
internal static class StudyDashboard
{
    /// <summary>
    /// The dashboard: study-wide figures from <paramref name="completion"/>, one line per dyad of <paramref name="page"/>
    /// (its counts from the page's query, its latest scores and alerts from <paramref name="snapshot"/>, loaded for the
    /// page's dyads).
    /// </summary>
    public static StudyOverview Overview(DashboardSnapshot snapshot, StudyCompletion completion, Page<DyadCounts> page, StudyContext study,
        DateTimeOffset now, string language)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(completion);
        ArgumentNullException.ThrowIfNull(page);
        var ruptures = FormSeries.Ruptures(snapshot);
        var rows = snapshot.Rows.ToLookup(r => r.DyadId);
        var dyads = page.Rows.Select(p => Dyad(snapshot, study, new VisibleDyad(p.DyadId, p.Code, p.Therapist, p.Client, p.Arm), rows[p.DyadId],
            ruptures[p.DyadId], now, language) with { Sessions = p.Sessions, Completion = Completion.Of(p.Counts) }).ToList();
        var therapists = completion.Therapists.Select(t => new TherapistOverview(t.Therapist, t.Dyads, Completion.Of(t.Counts))).ToList();
        return new StudyOverview(Completion.Of(completion.Totals), therapists, dyads,
            [.. completion.Weeks.Select(w => new WeeklyCompletion(w.Week, w.Submitted, w.Due))], snapshot.Forms.Constructs);
    }

    public static DyadOverview Dyad(DashboardSnapshot snapshot, StudyContext study, VisibleDyad dyad, IEnumerable<FormRow> dyadRows,
        IEnumerable<(string Instrument, RuptureEpisode Episode)> episodes, DateTimeOffset now, string language)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var rows = dyadRows.ToList();
        var visible = VisibleDyads.ClientRatingsVisible(study, dyad.Arm, snapshot.Arms);
        var completion = rows.Select(r => CompletionRules.Of(r.Status, r.OpensAt, r.ExpiresAt, r.HeldOn, r.CreatedAt, now))
            .Aggregate(Completion.None, Completion.Add);
        var alerts = visible ? Alerts(snapshot.Forms, rows, episodes, language) : [];
        var latest = snapshot.Forms.Constructs.SelectMany(c => c.Forms).Where(f => visible || f.Role != RaterRole.Client)
            .Select(f => FormSeries.Of(rows, f, snapshot.Forms) is { Count: > 0 } series
                ? new FormScore(f.Role, f.Instrument, series.Keys.Last(), series.Values.Last()) : null)
            .OfType<FormScore>().ToList();
        return new DyadOverview(dyad.Code, dyad.Therapist, dyad.Client, dyad.Arm, visible, rows.Select(r => r.Session).Distinct().Count(),
            completion, latest, alerts);
    }

    private static List<DashboardAlert> Alerts(DashboardForms forms, List<FormRow> rows, IEnumerable<(string Instrument, RuptureEpisode Episode)> episodes,
        string language)
    {
        var alerts = new List<DashboardAlert>();
        // The latest submitted response of each client form that has cutoffs, checked against its own version's
        // cutoffs on its own stored scores; a cutoff on a score it could not score is not evaluated.
        var latest = rows.Where(r => r.Role == RaterRole.Client && r.Status == InvitationStatus.Submitted && forms.CutoffsOf(r.VersionId).Count > 0)
            .GroupBy(r => forms.InstrumentOf(r.VersionId), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(r => r.Session).Last());
        foreach (var row in latest)
        {
            foreach (var cutoff in forms.CutoffsOf(row.VersionId))
            {
                if (row.Scores[cutoff.ScoreId] is double score && cutoff.IsMet(score))
                {
                    alerts.Add(new DashboardAlert(row.Session, score,
                        new CutoffAlert(forms.InstrumentOf(row.VersionId), cutoff.Expression, cutoff.Threshold, cutoff.Label.Get(language)), null));
                }
            }
        }
        alerts.AddRange(episodes.OrderBy(e => e.Instrument, StringComparer.Ordinal).ThenBy(e => e.Episode.Session)
            .Select(e => new DashboardAlert((int)e.Episode.Session, e.Episode.Score, null, new RuptureAlert(e.Instrument,
                (int)e.Episode.PreSession, e.Episode.PreScore, e.Episode.DepthInSd, e.Episode.RepairSession is double s ? (int)s : null))));
        return alerts;
    }
}
