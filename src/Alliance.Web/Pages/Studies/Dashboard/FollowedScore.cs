using Alliance.Instruments;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The one score the dashboard and the dyad page follow on a form: its total, else its first subscale (in definition
/// order). Latest scores, the charts, the session table and the rupture series all read this score, on the form's own
/// scoring rule as stored in <c>responses.scores</c>.
/// </summary>
internal static class FollowedScore
{
    /// <summary>The followed score of <paramref name="definition"/>; null for a form that scores nothing.</summary>
    public static Subscale? Of(Instrument definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.Total ?? (definition.Scores.Count > 0 ? definition.Scores[0] : null);
    }
}
