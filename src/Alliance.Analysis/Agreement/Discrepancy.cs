using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>
/// Per-pair (per-dyad) discrepancy scores between two ratings of the same target, e.g. client minus
/// therapist alliance for one session. NaN where either rating is missing.
/// </summary>
public static class Discrepancy
{
    /// <summary>Raw differences first − second.</summary>
    public static double[] Differences(double[] first, double[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Length != second.Length)
        {
            throw new ArgumentException("the two ratings must have the same number of rows", nameof(second));
        }
        var d = new double[first.Length];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = first[i] - second[i];
        }
        return d;
    }

    /// <summary>
    /// Differences of z-scores, (x − x̄)/sₓ − (y − ȳ)/s_y, with means and sds (N−1) over the complete pairs: a
    /// discrepancy free of the two raters' different scale use.
    /// </summary>
    /// <exception cref="InsufficientDataException">Fewer than two complete pairs or a constant rating.</exception>
    public static double[] StandardizedDifferences(double[] first, double[] second)
    {
        var raw = Differences(first, second);
        var complete = raw.Select(v => !double.IsNaN(v)).ToArray();
        var mx = SampleMoments.Of(first.Where((_, i) => complete[i]).ToArray());
        var my = SampleMoments.Of(second.Where((_, i) => complete[i]).ToArray());
        if (mx.Count < 2 || !(mx.Variance > 0) || !(my.Variance > 0))
        {
            throw new InsufficientDataException("standardised discrepancies need at least two complete pairs and ratings that vary");
        }
        return raw.Select((v, i) => double.IsNaN(v) ? double.NaN
            : (first[i] - mx.Mean) / mx.StandardDeviation - (second[i] - my.Mean) / my.StandardDeviation).ToArray();
    }
}
