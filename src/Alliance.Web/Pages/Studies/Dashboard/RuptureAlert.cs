namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>A rupture episode: the score fell from <see cref="PreScore"/> at <see cref="PreSession"/>; repaired or not.</summary>
public sealed record RuptureAlert(int PreSession, double PreScore, double DepthInSd, int? RepairSession);
