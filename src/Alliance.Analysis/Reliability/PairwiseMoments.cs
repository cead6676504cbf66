using System.Numerics;
using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Reliability;

/// <summary>
/// Covariances and correlations of item columns from pairwise-complete observations, exactly as R's
/// <c>cov(x, use = "pairwise")</c> and <c>cor(x, use = "pairwise")</c>: for each pair, the rows where both
/// items are present, their means over those rows, the N−1 normaliser. The diagonal of the covariance
/// matrix is each item's variance over all its present rows. (So <see cref="Correlation"/> can differ from
/// cov2cor(<see cref="Covariance"/>) when data are missing: R's <c>cor</c> uses pairwise sds too.)
/// </summary>
/// <remarks>
/// One pass over the data for all pairs: values are shifted by their column's mean (missing → 0 with a 0/1
/// presence mask), and per pair the sums n, Σa, Σb, Σa², Σb², Σab over jointly present rows give the pairwise
/// moments by the shifted-data formula S_ab = Σab − ΣaΣb/n — exact algebra, and stable because the shift is
/// close to every pair's own mean. Rows are processed in cache-sized blocks with SIMD lanes, one row range
/// per core.
/// </remarks>
internal sealed class PairwiseMoments
{
    private const int Block = 4096;

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
        var rows = k > 0 ? columns[0].Length : 0;
        var items = columns.Select(c => SampleMoments.Of(c)).ToArray();
        var shifted = new double[k][];
        var present = new double[k][];
        Parallel.For(0, k, i =>
        {
            var (d, m, mean) = (new double[rows], new double[rows], items[i].Mean);
            var column = columns[i];
            for (var r = 0; r < rows; r++)
            {
                var missing = double.IsNaN(column[r]);
                d[r] = missing ? 0 : column[r] - mean;
                m[r] = missing ? 0 : 1;
            }
            (shifted[i], present[i]) = (d, m);
        });

        var pairs = k * (k - 1) / 2;
        var chunks = Math.Max(1, Math.Min(Environment.ProcessorCount, (rows + Block - 1) / Block));
        var partial = new double[chunks][];
        Parallel.For(0, chunks, c =>
        {
            var sums = new double[pairs * 6];
            var start = (int)((long)rows * c / chunks);
            var end = (int)((long)rows * (c + 1) / chunks);
            for (var from = start; from < end; from += Block)
            {
                var to = Math.Min(end, from + Block);
                var p = 0;
                for (var i = 0; i < k; i++)
                {
                    for (var j = 0; j < i; j++, p++)
                    {
                        Accumulate(shifted[i], present[i], shifted[j], present[j], from, to, sums.AsSpan(p * 6, 6));
                    }
                }
            }
            partial[c] = sums;
        });

        var cov = new double[k, k];
        var cor = new double[k, k];
        var counts = new int[k, k];
        var q = 0;
        for (var i = 0; i < k; i++)
        {
            cov[i, i] = items[i].Variance;
            cor[i, i] = 1.0;
            counts[i, i] = items[i].Count;
            for (var j = 0; j < i; j++, q++)
            {
                double n = 0, sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
                foreach (var s in partial)
                {
                    n += s[q * 6];
                    sa += s[q * 6 + 1];
                    sb += s[q * 6 + 2];
                    saa += s[q * 6 + 3];
                    sbb += s[q * 6 + 4];
                    sab += s[q * 6 + 5];
                }
                var count = (int)Math.Round(n);
                counts[i, j] = counts[j, i] = count;
                if (count < 2)
                {
                    cov[i, j] = cov[j, i] = cor[i, j] = cor[j, i] = double.NaN;
                    continue;
                }
                var sxy = sab - sa * sb / n;
                cov[i, j] = cov[j, i] = sxy / (n - 1);
                cor[i, j] = cor[j, i] = sxy / Math.Sqrt((saa - sa * sa / n) * (sbb - sb * sb / n));
            }
        }
        return new PairwiseMoments(items, cov, cor, counts);
    }

    // sums: n, Σa, Σb, Σa², Σb², Σab over rows [from, to) where both are present (absent values are 0 in a and b).
    private static void Accumulate(double[] a, double[] ma, double[] b, double[] mb, int from, int to, Span<double> sums)
    {
        var width = Vector<double>.Count;
        Vector<double> n = default, sa = default, sb = default, saa = default, sbb = default, sab = default;
        var r = from;
        for (; r + width <= to; r += width)
        {
            var va = new Vector<double>(a, r);
            var vb = new Vector<double>(b, r);
            var pa = new Vector<double>(ma, r);
            var pb = new Vector<double>(mb, r);
            n += pa * pb;
            sa += va * pb;
            sb += vb * pa;
            saa += va * va * pb;
            sbb += vb * vb * pa;
            sab += va * vb;
        }
        double n1 = Vector.Sum(n), sa1 = Vector.Sum(sa), sb1 = Vector.Sum(sb), saa1 = Vector.Sum(saa), sbb1 = Vector.Sum(sbb), sab1 = Vector.Sum(sab);
        for (; r < to; r++)
        {
            n1 += ma[r] * mb[r];
            sa1 += a[r] * mb[r];
            sb1 += b[r] * ma[r];
            saa1 += a[r] * a[r] * mb[r];
            sbb1 += b[r] * b[r] * ma[r];
            sab1 += a[r] * b[r];
        }
        sums[0] += n1;
        sums[1] += sa1;
        sums[2] += sb1;
        sums[3] += saa1;
        sums[4] += sbb1;
        sums[5] += sab1;
    }
}
