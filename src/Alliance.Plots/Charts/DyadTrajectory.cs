namespace Alliance.Plots.Charts;

/// <summary>
/// A dyad's scores session by session, with the sessions at which a rupture or a repair was
/// detected (e.g. by the analysis library's rupture detector).
/// </summary>
public sealed record DyadTrajectory(string Dyad, IReadOnlyList<SessionScore> Sessions)
{
    /// <summary>Sessions at which a rupture was detected.</summary>
    public IReadOnlyList<int> Ruptures { get; init; } = [];

    /// <summary>Sessions at which a repair was detected.</summary>
    public IReadOnlyList<int> Repairs { get; init; } = [];
}
