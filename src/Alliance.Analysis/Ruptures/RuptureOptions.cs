namespace Alliance.Analysis.Ruptures;

/// <summary>
/// Parameters of the rupture rule of <see cref="RuptureDetector"/>: a rupture when the score falls by at least
/// <see cref="K"/>·SD from a pre-rupture session at most <see cref="Span"/> sessions earlier; repaired when the
/// score is back to at least the pre-rupture level within <see cref="Window"/> sessions.
/// Stiles et al. (2004) and Strauss et al. (2006) used 1 and 2 SD; Gumz et al. (2012) recommend reporting both.
/// </summary>
public sealed record RuptureOptions
{
    /// <summary>Drop threshold in SDs (1 and 2 are the published choices).</summary>
    public double K { get; init; } = 2;

    /// <summary>Sessions after the rupture within which a return to the pre-rupture level counts as repair.</summary>
    public int Window { get; init; } = 3;

    /// <summary>How many sessions a drop may span (1 = only session-to-session drops).</summary>
    public int Span { get; init; } = 1;

    /// <summary>A fixed SD to use instead of the stricter of the within- and between-client SDs of the data.</summary>
    public double? Sd { get; init; }
}
