using Alliance.Plots.Rendering;

namespace Alliance.Plots.Statistics;

internal static class FiniteValues
{
    /// <summary>The usable values (see <see cref="DataExtent.IsUsable"/>), sorted ascending.</summary>
    public static double[] Sorted(IEnumerable<double> values)
    {
        var result = values.Where(DataExtent.IsUsable).ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>Sample quantile, R's default <c>quantile(type = 7)</c>: linear interpolation between order statistics.</summary>
    public static double Quantile7(double[] sorted, double p)
    {
        var h = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>Sample standard deviation with the N−1 normaliser; NaN when fewer than two values.</summary>
    public static double StandardDeviation(double[] values)
    {
        if (values.Length < 2)
        {
            return double.NaN;
        }

        var mean = values.Average();
        var sum = values.Sum(v => (v - mean) * (v - mean));
        return Math.Sqrt(sum / (values.Length - 1));
    }
}
