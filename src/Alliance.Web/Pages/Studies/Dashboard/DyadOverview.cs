namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One dyad's line on the dashboard: its latest score on each form (<see cref="Latest"/>, one per form, each on the
/// form's own scale). When <see cref="ClientRatingsVisible"/> is false (a clinician in a no-feedback arm)
/// <see cref="Latest"/> holds no client form and <see cref="Alerts"/> is empty: client alerts are client ratings too.
/// </summary>
public sealed record DyadOverview(
    string Code,
    string Therapist,
    string Client,
    string? Arm,
    bool ClientRatingsVisible,
    int Sessions,
    Completion Completion,
    IReadOnlyList<FormScore> Latest,
    IReadOnlyList<DashboardAlert> Alerts)
{
    /// <summary>The latest score on <paramref name="form"/>; null when none yet (or hidden).</summary>
    public FormScore? LatestOf(DashboardForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Latest.FirstOrDefault(l => form.Is(l.Role, l.Instrument));
    }
}
