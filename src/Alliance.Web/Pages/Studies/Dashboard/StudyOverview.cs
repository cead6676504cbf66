using Alliance.Plots.Charts;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// The completion dashboard of a study as one member may see it, with completion per study week and the study's forms
/// by construct (the latest-score columns).
/// </summary>
public sealed record StudyOverview(Completion Totals, IReadOnlyList<TherapistOverview> Therapists, IReadOnlyList<DyadOverview> Dyads,
    IReadOnlyList<WeeklyCompletion> Weeks, IReadOnlyList<ConstructForms> Constructs)
{
    /// <summary>Whether client ratings of at least one listed dyad are hidden from this member by the study design.</summary>
    public bool ClientRatingsHidden => Dyads.Any(d => !d.ClientRatingsVisible);
}
