using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>
/// Limits of agreement of Bland &amp; Altman (1986, Lancet i:307–310) with the confidence intervals of
/// Bland &amp; Altman (1999, Stat Methods Med Res 8:135–160, §2.2): d = first − second over pairs where both are
/// present; bias d̄; sd of d with N−1; limits d̄ ± 1.96 sd (the paper's fixed 1.96); CI of the bias
/// d̄ ± t₁₋α/₂,n−1 · sd/√n; CI of each limit ± t₁₋α/₂,n−1 · √(3 sd²/n) (the paper's approximate SE of a limit).
/// </summary>
public static class BlandAltman
{
    /// <summary>Computes bias, limits of agreement and their intervals.</summary>
    /// <exception cref="InsufficientDataException">Fewer than two complete pairs.</exception>
    public static BlandAltmanResult Compute(double[] first, double[] second, double confidenceLevel = 0.95)
    {
        var d = Discrepancy.Differences(first, second).Where(v => !double.IsNaN(v)).ToArray();
        var n = d.Length;
        if (n < 2)
        {
            throw new InsufficientDataException($"Bland–Altman limits need at least two pairs with both values present; found {n}");
        }
        var m = SampleMoments.Of(d);
        var sd = m.StandardDeviation;
        var t = Distributions.TQuantile(1 - (1 - confidenceLevel) / 2, n - 1);
        var lower = m.Mean - 1.96 * sd;
        var upper = m.Mean + 1.96 * sd;
        var biasHalf = t * sd / Math.Sqrt(n);
        var limitHalf = t * Math.Sqrt(3 * sd * sd / n);
        return new BlandAltmanResult(n, m.Mean, sd, lower, upper,
            new ConfidenceInterval(confidenceLevel, m.Mean - biasHalf, m.Mean + biasHalf),
            new ConfidenceInterval(confidenceLevel, lower - limitHalf, lower + limitHalf),
            new ConfidenceInterval(confidenceLevel, upper - limitHalf, upper + limitHalf));
    }
}
