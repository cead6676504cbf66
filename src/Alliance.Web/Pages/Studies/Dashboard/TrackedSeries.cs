using System.Globalization;
using Alliance.Analysis.Ruptures;
using Alliance.Data.Model;
using Alliance.Data.Responses;
using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The followed score per session of the tracked forms and the rupture rule run over every client series of the
/// study, both by <see cref="RupturePolicy"/> (the policy <c>alliance report</c> uses: several responses of a form in
/// one session averaged; k = 2 SD, span 1, repair window 3).
/// </summary>
internal static class TrackedSeries
{
    /// <summary>The rule the dashboard states to its readers.</summary>
    public static RuptureOptions Rule => RupturePolicy.Options;

    /// <summary>Session → followed score of the role's tracked form, for the rows of one dyad.</summary>
    public static SortedDictionary<int, double> Of(IEnumerable<FormRow> rows, RaterRole role, DashboardForms forms) =>
        RupturePolicy.SessionMeans(rows.Where(r => r.Role == role && r.Status == InvitationStatus.Submitted && forms.IsTracked(role, r.VersionId))
            .Select(r => (r.Session, Score(r.Scores, forms.ScoreIdOf(r.VersionId)) ?? double.NaN)));

    /// <summary>Rupture episodes per dyad, detected over all of the study's client series on the tracked client form.</summary>
    public static ILookup<Guid, RuptureEpisode> Ruptures(DashboardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var scores = snapshot.StudyClientScores.Select(s => new SessionScore(s.DyadId.ToString("N", CultureInfo.InvariantCulture),
            s.Session, Score(s.Scores, snapshot.Forms.ScoreIdOf(s.VersionId)) ?? double.NaN));
        var report = RupturePolicy.Detect(scores);
        return report.Episodes.ToLookup(e => Guid.ParseExact(e.Client, "N"));
    }

    private static double? Score(ResponseScores scores, string scoreId) => scores[scoreId];
}
