namespace Alliance.Analysis.Reliability;

/// <summary>Options of <see cref="ScaleReliability"/>; the defaults reproduce <c>psych::alpha</c>.</summary>
public sealed record ReliabilityOptions
{
    /// <summary>Items keyed negatively, flipped as <c>min + max − x</c> before anything is computed.</summary>
    public IReadOnlyCollection<string> Reverse { get; init; } = [];

    /// <summary>Lowest possible response for reverse keying; null: the lowest observed over all analysed items (as psych).</summary>
    public double? Minimum { get; init; }

    /// <summary>Highest possible response for reverse keying; null: the highest observed over all analysed items (as psych).</summary>
    public double? Maximum { get; init; }

    /// <summary>Pairwise (psych default) or listwise deletion of missing responses.</summary>
    public MissingHandling Missing { get; init; } = MissingHandling.Pairwise;

    /// <summary>Coverage of the Feldt and bootstrap intervals for α.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Bootstrap resamples for a percentile interval of raw α; 0 (default) skips the bootstrap.</summary>
    public int BootstrapSamples { get; init; }

    /// <summary>Seed of the bootstrap's random number generator, so an interval can be reproduced.</summary>
    public int BootstrapSeed { get; init; } = 20261122;

    /// <summary>Fit the one-factor model for McDonald's ω total (default true).</summary>
    public bool Omega { get; init; } = true;
}
