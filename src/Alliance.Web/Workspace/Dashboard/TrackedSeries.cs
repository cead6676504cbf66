using System.Globalization;
using Alliance.Analysis.Ruptures;
using Alliance.Data.Model;
using Alliance.Data.Responses;

namespace Alliance.Web.Workspace.Dashboard;

/// <summary>
/// The followed score per session of the tracked forms (several responses of a form in one session are averaged, as
/// the report does), and the rupture rule run over every client series of the study: <see cref="RuptureDetector"/>
/// with k = 2 SD, span 1, repair window 3, SD the stricter of the within- and between-client SDs (the library's
/// defaults, as <c>alliance report</c> uses them).
/// </summary>
internal static class TrackedSeries
{
    public static readonly RuptureOptions Rule = new() { K = 2 };

    /// <summary>Session → followed score of the role's tracked form, for the rows of one dyad.</summary>
    public static SortedDictionary<int, double> Of(IEnumerable<FormRow> rows, string role, DashboardForms forms) =>
        Average(rows.Where(r => r.Role == role && r.Status == InvitationStatuses.Submitted && forms.IsTracked(role, r.VersionId))
            .Select(r => (r.Session, Score(r.Scores, forms.ScoreIdOf(r.VersionId)))));

    /// <summary>Rupture episodes per dyad, detected over all of the study's client series on the tracked client form.</summary>
    public static ILookup<Guid, RuptureEpisode> Ruptures(DashboardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var scores = snapshot.StudyClientScores.GroupBy(s => s.DyadId)
            .SelectMany(g => Average(g.Select(s => (s.Session, Score(s.Scores, snapshot.Forms.ScoreIdOf(s.VersionId)))))
                .Select(p => new SessionScore(g.Key.ToString("N", CultureInfo.InvariantCulture), p.Key, p.Value)))
            .ToList();
        var report = RuptureDetector.Detect(scores, Rule);
        return report.Episodes.ToLookup(e => Guid.ParseExact(e.Client, "N"));
    }

    private static double? Score(ResponseScores scores, string scoreId) => scores[scoreId];

    private static SortedDictionary<int, double> Average(IEnumerable<(int Session, double? Score)> values)
    {
        var result = new SortedDictionary<int, double>();
        foreach (var g in values.Where(v => v.Score is not null).GroupBy(v => v.Session))
        {
            result[g.Key] = g.Average(v => v.Score!.Value);
        }
        return result;
    }
}
