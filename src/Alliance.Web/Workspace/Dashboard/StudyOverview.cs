namespace Alliance.Web.Workspace.Dashboard;

/// <summary>The completion dashboard of a study as one member may see it.</summary>
public sealed record StudyOverview(Completion Totals, IReadOnlyList<TherapistOverview> Therapists, IReadOnlyList<DyadOverview> Dyads)
{
    /// <summary>Whether client ratings of at least one listed dyad are hidden from this member by the study design.</summary>
    public bool ClientRatingsHidden => Dyads.Any(d => !d.ClientRatingsVisible);
}
