using System.Globalization;
using Alliance.Analysis.Ruptures;
using Alliance.Data.Dashboard;
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
    /// Rupture episodes per dyad of the snapshot with the client form they were found on: for each client form, the rule
    /// on each dyad's series (its sessions' mean followed scores, <see cref="RupturePolicy.SessionMeans{TSession}"/>) with
    /// the form's SD over all of the study's client series (<see cref="DashboardSnapshot.RuptureSds"/>), so its SD, and
    /// hence the alerts, are the same for every member and for every page the dyad is shown on. A form without a usable
    /// SD finds none, as <see cref="RuptureDetector"/> does.
    /// </summary>
    public static ILookup<Guid, (string Instrument, RuptureEpisode Episode)> Ruptures(DashboardSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var forms = snapshot.Forms;
        var rows = snapshot.Rows.Where(r => r.Role == RaterRole.Client).ToLookup(r => r.DyadId);
        return forms.ClientForms.SelectMany(form =>
            {
                var options = Rule with { Sd = snapshot.RuptureSds.TryGetValue(form.Instrument, out var sd) ? sd : double.NaN };
                var scores = snapshot.Dyads.SelectMany(d =>
                {
                    var client = d.DyadId.ToString("N", CultureInfo.InvariantCulture);
                    return RupturePolicy.SessionMeans(rows[d.DyadId].Where(r => forms.IsOf(form, RaterRole.Client, r.VersionId))
                            .Select(r => (r.Session, r.Scores[forms.ScoreIdOf(r.VersionId)] ?? double.NaN)))
                        .Select(m => new SessionScore(client, m.Key, m.Value));
                });
                return RuptureDetector.Detect(scores, options).Episodes.Select(e => (form.Instrument, Episode: e));
            })
            .ToLookup(e => Guid.ParseExact(e.Episode.Client, "N"));
    }

    /// <summary>
    /// The SD the rupture rule uses for a form: the stricter (larger) of the within- and between-client SDs, either
    /// alone when the other is undefined — <see cref="RuptureDetector"/>'s choice, here from SQL aggregates; the Web
    /// tests check both give the same SD on the same scores.
    /// </summary>
    public static double Sd(RuptureSpread spread)
    {
        ArgumentNullException.ThrowIfNull(spread);
        return double.IsNaN(spread.Within) ? spread.Between : double.IsNaN(spread.Between) ? spread.Within : Math.Max(spread.Within, spread.Between);
    }
}
