namespace Alliance.Analysis.Reliability;

/// <summary>psych::alpha's <c>alpha.1</c>, <c>r.drop</c> and <c>alpha.drop</c> from a covariance matrix (k ≥ 2).</summary>
internal sealed record AlphaStatistics(double Raw, double Standardized, double AverageR, double[] ItemRest, double[] AlphaIfDeleted)
{
    public static AlphaStatistics Of(double[,] c)
    {
        var k = c.GetLength(0);
        var (raw, std, averageR) = Alpha(c, -1);
        var itemRest = new double[k];
        var ifDeleted = new double[k];
        var total = Sum(c, -1);
        for (var i = 0; i < k; i++)
        {
            var column = 0.0;
            for (var j = 0; j < k; j++)
            {
                column += c[i, j];
            }
            var rest = total - 2 * column + c[i, i];
            itemRest[i] = (column - c[i, i]) / Math.Sqrt(c[i, i] * rest);
            // psych's two-item case: α without item 1 is C12/C22 and without item 2 is C12/C11.
            ifDeleted[i] = k > 2 ? Alpha(c, i).Raw : c[0, 1] / c[1 - i, 1 - i];
        }
        return new AlphaStatistics(raw, std, averageR, itemRest, ifDeleted);
    }

    private static (double Raw, double Standardized, double AverageR) Alpha(double[,] c, int without)
    {
        var k = c.GetLength(0) - (without >= 0 ? 1 : 0);
        double trace = 0, sum = 0, sumR = 0;
        for (var i = 0; i < c.GetLength(0); i++)
        {
            if (i == without)
            {
                continue;
            }
            trace += c[i, i];
            for (var j = 0; j < c.GetLength(0); j++)
            {
                if (j == without)
                {
                    continue;
                }
                sum += c[i, j];
                sumR += c[i, j] / Math.Sqrt(c[i, i] * c[j, j]);
            }
        }
        var factor = k / (k - 1.0);
        return ((1 - trace / sum) * factor, (1 - k / sumR) * factor, (sumR - k) / (k * (k - 1.0)));
    }

    private static double Sum(double[,] c, int without)
    {
        var sum = 0.0;
        for (var i = 0; i < c.GetLength(0); i++)
        {
            for (var j = 0; j < c.GetLength(1); j++)
            {
                if (i != without && j != without)
                {
                    sum += c[i, j];
                }
            }
        }
        return sum;
    }
}
