namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// A rupture episode on the client form <see cref="Instrument"/>: the score fell from <see cref="PreScore"/> at
/// <see cref="PreSession"/>; repaired or not.
/// </summary>
public sealed record RuptureAlert(string Instrument, int PreSession, double PreScore, double DepthInSd, int? RepairSession);
