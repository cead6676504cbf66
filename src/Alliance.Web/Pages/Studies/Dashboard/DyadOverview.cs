namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One dyad's line on the dashboard. When <see cref="ClientRatingsVisible"/> is false (a clinician in a no-feedback
/// arm) <see cref="LatestClient"/> is null and <see cref="Alerts"/> is empty: client alerts are client ratings too.
/// </summary>
public sealed record DyadOverview(
    string Code,
    string Therapist,
    string Client,
    string? Arm,
    bool ClientRatingsVisible,
    int Sessions,
    Completion Completion,
    LatestScore? LatestClient,
    LatestScore? LatestTherapist,
    IReadOnlyList<DashboardAlert> Alerts);
