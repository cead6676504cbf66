namespace Alliance.Analysis.Ruptures;

/// <summary>
/// One rupture: the score fell from <see cref="PreScore"/> at <see cref="PreSession"/> to <see cref="Score"/> at
/// <see cref="Session"/> (<see cref="Depth"/> = the difference, also in SDs); repaired at <see cref="RepairSession"/>
/// (the first later session within the window back at or above the pre-rupture level), or not.
/// </summary>
public sealed record RuptureEpisode(
    string Client,
    double PreSession,
    double Session,
    double PreScore,
    double Score,
    double Depth,
    double DepthInSd,
    bool Repaired,
    double? RepairSession);
