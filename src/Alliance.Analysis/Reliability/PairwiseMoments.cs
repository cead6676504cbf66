using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Reliability;

/// <summary>
/// Covariances and correlations of item columns from pairwise-complete observations, exactly as R's
/// <c>cov(x, use = "pairwise")</c> and <c>cor(x, use = "pairwise")</c>: for each pair, the rows where both
/// items are present, their means over those rows, the N−1 normaliser. The diagonal of the covariance
/// matrix is each item's variance over all its present rows. (So <see cref="Correlation"/> can differ from
/// cov2cor(<see cref="Covariance"/>) when data are missing: R's <c>cor</c> uses pairwise sds too.)
/// Sums are two-pass with the residual correction, so large offsets cost no precision.
/// </summary>
internal sealed class PairwiseMoments
{
    private PairwiseMoments(SampleMoments[] items, double[,] covariance, double[,] correlation, int[,] counts)
    {
        Items = items;
        Covariance = covariance;
        Correlation = correlation;
        Counts = counts;
    }

    public SampleMoments[] Items { get; }

    public double[,] Covariance { get; }

    public double[,] Correlation { get; }

    public int[,] Counts { get; }

    public static PairwiseMoments Compute(IReadOnlyList<double[]> columns)
    {
        var k = columns.Count;
        var items = new SampleMoments[k];
        var complete = new bool[k];
        for (var i = 0; i < k; i++)
        {
            items[i] = SampleMoments.Of(columns[i]);
            complete[i] = items[i].Count == columns[i].Length;
        }
        var cov = new double[k, k];
        var cor = new double[k, k];
        var counts = new int[k, k];
        var pairs = new List<(int I, int J)>();
        for (var i = 0; i < k; i++)
        {
            cov[i, i] = items[i].Variance;
            cor[i, i] = 1.0;
            counts[i, i] = items[i].Count;
            for (var j = 0; j < i; j++)
            {
                pairs.Add((i, j));
            }
        }
        Parallel.ForEach(pairs, pair =>
        {
            var (i, j) = pair;
            var (n, c, r) = complete[i] && complete[j]
                ? Complete(columns[i], columns[j], items[i], items[j])
                : Incomplete(columns[i], columns[j]);
            counts[i, j] = counts[j, i] = n;
            cov[i, j] = cov[j, i] = c;
            cor[i, j] = cor[j, i] = r;
        });
        return new PairwiseMoments(items, cov, cor, counts);
    }

    // No missing values: the column means are already known, one pass gives the cross-product.
    private static (int, double, double) Complete(double[] a, double[] b, SampleMoments ma, SampleMoments mb)
    {
        double sa = 0, sb = 0, sab = 0;
        var n = a.Length;
        for (var r = 0; r < n; r++)
        {
            var da = a[r] - ma.Mean;
            var db = b[r] - mb.Mean;
            sa += da;
            sb += db;
            sab += da * db;
        }
        var c = (sab - sa * sb / n) / (n - 1);
        return (n, c, c / Math.Sqrt(ma.Variance * mb.Variance));
    }

    private static (int, double, double) Incomplete(double[] a, double[] b)
    {
        var n = 0;
        double suma = 0, sumb = 0;
        for (var r = 0; r < a.Length; r++)
        {
            if (!double.IsNaN(a[r]) && !double.IsNaN(b[r]))
            {
                n++;
                suma += a[r];
                sumb += b[r];
            }
        }
        if (n < 2)
        {
            return (n, double.NaN, double.NaN);
        }
        var meanA = suma / n;
        var meanB = sumb / n;
        double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
        for (var r = 0; r < a.Length; r++)
        {
            if (!double.IsNaN(a[r]) && !double.IsNaN(b[r]))
            {
                var da = a[r] - meanA;
                var db = b[r] - meanB;
                sa += da;
                sb += db;
                saa += da * da;
                sbb += db * db;
                sab += da * db;
            }
        }
        var sxy = sab - sa * sb / n;
        var sxx = saa - sa * sa / n;
        var syy = sbb - sb * sb / n;
        return (n, sxy / (n - 1), sxy / Math.Sqrt(sxx * syy));
    }
}
