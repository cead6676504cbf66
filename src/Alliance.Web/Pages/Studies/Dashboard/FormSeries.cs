using System.Globalization;
using Alliance.Analysis.Ruptures;
using Alliance.Data.Model;
using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The followed score per session of one form (<see cref="FollowedScore"/>), and the rupture rule run once per client
/// form over every client series of the study on that form, both by <see cref="RupturePolicy"/> (the policy
/// <c>alliance report</c> uses for its client series: several responses of a form in one session averaged; k = 2 SD,
/// span 1, repair window 3). Each client form is a series of its own on its own scale, so a session check total is
/// never compared with a working-alliance mean.
/// </summary>
internal static class FormSeries
{
    /// <summary>The rule the dashboard states to its readers.</summary>
    public static RuptureOptions Rule => RupturePolicy.Options;

    /// <summary>Session → followed score of <paramref name="form"/>, for the rows of one dyad.</summary>
    public static SortedDictionary<int, double> Of(IEnumerable<FormRow> rows, DashboardForm form, DashboardForms forms) =>
        RupturePolicy.SessionMeans(rows.Where(r => r.Status == InvitationStatus.Submitted && forms.IsOf(form, r.Role, r.VersionId))
            .Select(r => (r.Session, r.Scores[forms.ScoreIdOf(r.VersionId)] ?? double.NaN)));

    /// <summary>
    /// Rupture episodes per dyad with the client form they were found on: for each client form, the rule over all of the
    /// study's client series on that form (so its SD, and hence the alerts, are the same for every member).
    /// </summary>
    public static ILookup<Guid, (string Instrument, RuptureEpisode Episode)> Ruptures(DashboardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var forms = snapshot.Forms;
        return forms.ClientForms.SelectMany(form =>
            {
                var scores = snapshot.StudyClientScores.Where(s => forms.IsOf(form, RaterRole.Client, s.VersionId))
                    .Select(s => new SessionScore(s.DyadId.ToString("N", CultureInfo.InvariantCulture), s.Session,
                        s.Scores[forms.ScoreIdOf(s.VersionId)] ?? double.NaN));
                return RupturePolicy.Detect(scores).Episodes.Select(e => (form.Instrument, Episode: e));
            })
            .ToLookup(e => Guid.ParseExact(e.Episode.Client, "N"));
    }
}
