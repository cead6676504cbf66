using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Reliability;

/// <summary>
/// Internal consistency of one scale, matching <c>psych::alpha</c> (Revelle, psych 2.2.9) and
/// <c>psych::omega(x, nfactors = 1)$omega.tot</c>. See <see cref="ScaleReliability"/> for the formulas.
/// </summary>
public sealed record ReliabilityResult
{
    /// <summary>Respondents (rows) analysed: all rows under pairwise handling (psych's <c>nrow(x)</c>), complete rows under listwise.</summary>
    public required int N { get; init; }

    /// <summary>Items analysed (zero-variance items left out, see <see cref="DroppedItems"/>).</summary>
    public required int K { get; init; }

    /// <summary>How missing responses were handled.</summary>
    public required MissingHandling Missing { get; init; }

    /// <summary>Cronbach's α from the covariance matrix: k/(k−1)·(1 − tr C / ΣC). psych <c>raw_alpha</c>.</summary>
    public required double RawAlpha { get; init; }

    /// <summary>Standardised α from the correlation matrix: k/(k−1)·(1 − k / ΣR). psych <c>std.alpha</c>.</summary>
    public required double StandardizedAlpha { get; init; }

    /// <summary>Mean off-diagonal correlation, (ΣR − k)/(k(k−1)). psych <c>average_r</c>.</summary>
    public required double AverageR { get; init; }

    /// <summary>McDonald's ω total from a one-factor minres fit; null when not requested or not estimable (see <see cref="Diagnostics"/>).</summary>
    public double? OmegaTotal { get; init; }

    /// <summary>Feldt (1965) interval for raw α with N respondents and K items, as psych's <c>alpha.ci</c> / <c>$feldt</c>.</summary>
    public required ConfidenceInterval FeldtInterval { get; init; }

    /// <summary>Percentile bootstrap interval for raw α (seeded), when requested.</summary>
    public ConfidenceInterval? BootstrapInterval { get; init; }

    /// <summary>Item statistics in the order the items were given.</summary>
    public required IReadOnlyList<ItemStatistics> Items { get; init; }

    /// <summary>Items left out because they have no variance (constant, all missing or a single response), as psych does.</summary>
    public IReadOnlyList<string> DroppedItems { get; init; } = [];

    /// <summary>The range used for reverse keying (min + max − x), null when no item was reversed.</summary>
    public (double Minimum, double Maximum)? ReverseRange { get; init; }

    /// <summary>Human-readable warnings about the data (dropped items, non-convergence, Heywood cases).</summary>
    public IReadOnlyList<string> Diagnostics { get; init; } = [];
}
