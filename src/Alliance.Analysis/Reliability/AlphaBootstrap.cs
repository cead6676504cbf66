using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Reliability;

/// <summary>
/// Percentile bootstrap interval for raw α: respondents resampled with replacement (seeded
/// <see cref="Random"/>, so reproducible), α from the pairwise covariance matrix of each resample,
/// type-7 quantiles of the replicates. psych's <c>n.iter</c> bootstrap does the same but is not seeded here
/// the same way, so the replicates (not the method) differ from R's.
/// </summary>
internal static class AlphaBootstrap
{
    public static ConfidenceInterval Interval(double[][] columns, ReliabilityOptions options)
    {
        var random = new Random(options.BootstrapSeed);
        var n = columns[0].Length;
        var replicates = new List<double>(options.BootstrapSamples);
        var sample = columns.Select(_ => new double[n]).ToArray();
        for (var b = 0; b < options.BootstrapSamples; b++)
        {
            for (var r = 0; r < n; r++)
            {
                var source = random.Next(n);
                for (var i = 0; i < columns.Length; i++)
                {
                    sample[i][r] = columns[i][source];
                }
            }
            var moments = PairwiseMoments.Compute(sample);
            var alpha = AlphaStatistics.Of(moments.Covariance).Raw;
            if (double.IsFinite(alpha))
            {
                replicates.Add(alpha);
            }
        }
        var sorted = replicates.ToArray();
        Array.Sort(sorted);
        var tail = (1 - options.ConfidenceLevel) / 2;
        return new ConfidenceInterval(options.ConfidenceLevel, Quantile.OfSorted(sorted, tail), Quantile.OfSorted(sorted, 1 - tail));
    }
}
