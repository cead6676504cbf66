namespace Alliance.Analysis.Descriptives;

/// <summary>
/// Count, mean and variance of the non-missing values of a sample.
/// Conventions: NaN marks a missing value and is skipped; variance uses the N−1 (unbiased) normaliser,
/// as R's <c>var</c>/<c>sd</c>; <see cref="Variance"/> is NaN when fewer than two values are present and
/// <see cref="Mean"/> is NaN when none are. Computed with the corrected two-pass algorithm
/// (Chan, Golub &amp; LeVeque 1983, eq. 1.7) with compensated (Neumaier 1974) sums: the mean is refined by the mean residual, and the sum of
/// squared deviations subtracts the squared residual sum, so a large common offset (1e9 + small noise,
/// 1,000,000 rows) loses no precision the data do not already lack.
/// </summary>
/// <param name="Count">Number of non-missing values.</param>
/// <param name="Mean">Arithmetic mean of the non-missing values.</param>
/// <param name="Variance">Sample variance with the N−1 normaliser.</param>
public readonly record struct SampleMoments(int Count, double Mean, double Variance)
{
    /// <summary>Standard deviation, √<see cref="Variance"/> (N−1 normaliser).</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Moments of <paramref name="values"/>, skipping NaN.</summary>
    public static SampleMoments Of(ReadOnlySpan<double> values)
    {
        var n = 0;
        var sum = 0.0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                n++;
                sum += v;
            }
        }
        if (n == 0)
        {
            return new SampleMoments(0, double.NaN, double.NaN);
        }
        var mean = sum / n;
        // Second pass with Neumaier-compensated sums: over a million rows plain accumulation drifts by ~1e-12.
        double residual = 0, residualCarry = 0, squares = 0, squaresCarry = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                var d = v - mean;
                Add(ref residual, ref residualCarry, d);
                Add(ref squares, ref squaresCarry, d * d);
            }
        }
        residual += residualCarry;
        squares += squaresCarry;
        mean += residual / n;
        var variance = n < 2 ? double.NaN : Math.Max(0.0, (squares - residual * residual / n) / (n - 1));
        return new SampleMoments(n, mean, variance);
    }

    private static void Add(ref double sum, ref double carry, double term)
    {
        var t = sum + term;
        carry += Math.Abs(sum) >= Math.Abs(term) ? (sum - t) + term : (term - t) + sum;
        sum = t;
    }
}
