using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>
/// Pearson and Spearman correlations of two variables over the pairs where both are present.
/// Pearson r and its interval match R's <c>cor.test(x, y)</c>: Fisher's z = atanh r with standard error
/// 1/√(n − 3) (Fisher 1921). Spearman's ρ is Pearson's r of the ranks, ties given their average rank (R
/// <c>cor(x, y, method = "spearman")</c>); its interval uses the same Fisher-z form, an approximation
/// (Fieller, Hartley &amp; Pearson 1957 propose a wider SE) that R's <c>cor.test</c> does not offer.
/// </summary>
public static class Correlation
{
    /// <summary>Pearson's product-moment correlation with a Fisher-z interval.</summary>
    /// <exception cref="InsufficientDataException">Fewer than two complete pairs, or a variable with no variance.</exception>
    public static CorrelationEstimate Pearson(double[] x, double[] y, double confidenceLevel = 0.95)
    {
        var (a, b) = CompletePairs(x, y);
        return Estimate("pearson", a, b, confidenceLevel);
    }

    /// <summary>Spearman's rank correlation (average ranks for ties) with a Fisher-z interval.</summary>
    /// <exception cref="InsufficientDataException">Fewer than two complete pairs, or a variable with no variance.</exception>
    public static CorrelationEstimate Spearman(double[] x, double[] y, double confidenceLevel = 0.95)
    {
        var (a, b) = CompletePairs(x, y);
        return Estimate("spearman", Ranks(a), Ranks(b), confidenceLevel);
    }

    /// <summary>Average ranks (1-based; ties share the mean of their positions), R's <c>rank(x)</c>.</summary>
    public static double[] Ranks(double[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var order = Enumerable.Range(0, values.Length).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Length];
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }
            var rank = (start + end) / 2.0 + 1;
            for (var i = start; i <= end; i++)
            {
                ranks[order[i]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    private static (double[], double[]) CompletePairs(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length)
        {
            throw new ArgumentException("the two variables must have the same number of rows", nameof(y));
        }
        var keep = Enumerable.Range(0, x.Length).Where(i => !double.IsNaN(x[i]) && !double.IsNaN(y[i])).ToArray();
        return (keep.Select(i => x[i]).ToArray(), keep.Select(i => y[i]).ToArray());
    }

    private static CorrelationEstimate Estimate(string method, double[] a, double[] b, double level)
    {
        var n = a.Length;
        if (n < 2)
        {
            throw new InsufficientDataException($"a correlation needs at least two pairs with both values present; found {n}");
        }
        var ma = SampleMoments.Of(a);
        var mb = SampleMoments.Of(b);
        if (ma.Variance == 0 || mb.Variance == 0)
        {
            throw new InsufficientDataException("a correlation is undefined when a variable is constant");
        }
        double sa = 0, sb = 0, sab = 0, saa = 0, sbb = 0;
        for (var i = 0; i < n; i++)
        {
            var da = a[i] - ma.Mean;
            var db = b[i] - mb.Mean;
            sa += da;
            sb += db;
            sab += da * db;
            saa += da * da;
            sbb += db * db;
        }
        var r = Math.Clamp((sab - sa * sb / n) / Math.Sqrt((saa - sa * sa / n) * (sbb - sb * sb / n)), -1, 1);
        if (n <= 3)
        {
            return new CorrelationEstimate(method, n, r, new ConfidenceInterval(level, double.NaN, double.NaN));
        }
        var z = Math.Atanh(r);
        var half = Distributions.NormalQuantile(1 - (1 - level) / 2) / Math.Sqrt(n - 3);
        return new CorrelationEstimate(method, n, r, new ConfidenceInterval(level, Math.Tanh(z - half), Math.Tanh(z + half)));
    }
}
