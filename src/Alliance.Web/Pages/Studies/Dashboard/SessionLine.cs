namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// One session of a dyad: the tracked forms' scores (the chart's numbers; client null when hidden or not rated),
/// every form with its state, and whether the rupture rule marks a rupture or a repair here.
/// </summary>
public sealed record SessionLine(int Number, DateOnly? HeldOn, double? Client, double? Therapist, IReadOnlyList<FormStatus> Forms,
    bool Rupture, bool Repair);
