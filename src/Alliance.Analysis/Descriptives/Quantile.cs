namespace Alliance.Analysis.Descriptives;

/// <summary>
/// Sample quantiles by Hyndman &amp; Fan (1996) definition 7, the default of R's <c>quantile()</c>
/// (and of Excel's PERCENTILE.INC and NumPy's default): with the sorted values x₁ ≤ … ≤ xₙ and
/// h = (n − 1)p + 1, Q(p) = x⌊h⌋ + (h − ⌊h⌋)(x⌊h⌋+1 − x⌊h⌋).
/// </summary>
public static class Quantile
{
    /// <summary>Type-7 quantile of values already sorted ascending without NaN; NaN when empty.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double probability)
    {
        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "a probability must lie in [0, 1]");
        }
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var index = (sorted.Length - 1) * probability;
        var lo = (int)Math.Floor(index);
        var h = index - lo;
        var low = sorted[lo];
        if (h == 0 || lo + 1 >= sorted.Length)
        {
            return low;
        }
        // R writes the interpolation as (1 − h)·x_lo + h·x_hi; the same form keeps the last bit identical.
        return (1 - h) * low + h * sorted[lo + 1];
    }

    /// <summary>Type-7 quantile of <paramref name="values"/> ignoring NaN (R: <c>quantile(x, p, na.rm = TRUE)</c>).</summary>
    public static double Of(ReadOnlySpan<double> values, double probability)
    {
        var sorted = SortedWithoutMissing(values);
        return OfSorted(sorted, probability);
    }

    /// <summary>The non-NaN values, sorted ascending.</summary>
    public static double[] SortedWithoutMissing(ReadOnlySpan<double> values)
    {
        var kept = new List<double>(values.Length);
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                kept.Add(v);
            }
        }
        var sorted = kept.ToArray();
        Array.Sort(sorted);
        return sorted;
    }
}
