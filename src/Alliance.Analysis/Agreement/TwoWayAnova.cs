namespace Alliance.Analysis.Agreement;

/// <summary>Mean squares of the two-way targets × raters ANOVA without replication, over the given rows.</summary>
internal sealed record TwoWayAnova(double MsBetweenTargets, double MsWithinTargets, double MsBetweenRaters, double MsResidual)
{
    public static TwoWayAnova Of(IReadOnlyList<double[]> raters, int[] rows)
    {
        var n = rows.Length;
        var k = raters.Count;
        var rowMeans = new double[n];
        var colMeans = new double[k];
        // Shift by the first rating so a large common offset (1e9 + small differences) does not cost precision.
        var shift = raters[0][rows[0]];
        for (var j = 0; j < k; j++)
        {
            var column = raters[j];
            for (var i = 0; i < n; i++)
            {
                var v = column[rows[i]] - shift;
                rowMeans[i] += v;
                colMeans[j] += v;
            }
        }
        var grand = 0.0;
        for (var i = 0; i < n; i++)
        {
            grand += rowMeans[i];
            rowMeans[i] /= k;
        }
        grand /= n * k;
        for (var j = 0; j < k; j++)
        {
            colMeans[j] /= n;
        }
        double ssTargets = 0, ssRaters = 0, ssResidual = 0;
        foreach (var m in rowMeans)
        {
            ssTargets += (m - grand) * (m - grand);
        }
        foreach (var m in colMeans)
        {
            ssRaters += (m - grand) * (m - grand);
        }
        for (var j = 0; j < k; j++)
        {
            var column = raters[j];
            for (var i = 0; i < n; i++)
            {
                var e = column[rows[i]] - shift - rowMeans[i] - colMeans[j] + grand;
                ssResidual += e * e;
            }
        }
        ssTargets *= k;
        ssRaters *= n;
        var dfResidual = (n - 1.0) * (k - 1.0);
        return new TwoWayAnova(
            ssTargets / (n - 1),
            (ssRaters + ssResidual) / (n * (k - 1.0)),
            ssRaters / (k - 1),
            ssResidual / dfResidual);
    }
}
