namespace Alliance.Plots.Charts;

/// <summary>
/// A dyad's scores session by session, with the sessions at which a rupture or a repair was
/// detected (e.g. by the analysis library's rupture detector).
/// </summary>
public sealed record DyadTrajectory(string Dyad, IReadOnlyList<SessionScore> Sessions)
{
    public IReadOnlyList<int> Ruptures { get; init; } = [];

    public IReadOnlyList<int> Repairs { get; init; } = [];
}
