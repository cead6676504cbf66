namespace Alliance.Analysis.Descriptives;

/// <summary>
/// Ordinary least-squares line y = Intercept + Slope · x, as R's <c>coef(lm(y ~ x))</c>, over
/// the pairs where both values are finite (R's <c>na.omit</c>; ±∞ is dropped as well). Pairs beyond
/// the shorter of the two lists are ignored.
/// </summary>
public sealed record LeastSquaresLine(double Intercept, double Slope, int Count)
{
    /// <summary>The fitted line, or <c>null</c> with fewer than two pairs or no spread in x.</summary>
    public static LeastSquaresLine? Fit(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var pairs = Enumerable.Range(0, Math.Min(x.Count, y.Count))
            .Where(i => double.IsFinite(x[i]) && double.IsFinite(y[i]))
            .Select(i => (X: x[i], Y: y[i]))
            .ToArray();
        if (pairs.Length < 2)
        {
            return null;
        }

        var mx = pairs.Average(p => p.X);
        var my = pairs.Average(p => p.Y);
        var sxx = pairs.Sum(p => (p.X - mx) * (p.X - mx));
        var sxy = pairs.Sum(p => (p.X - mx) * (p.Y - my));
        if (!(sxx > 0) || !double.IsFinite(sxx) || !double.IsFinite(sxy))
        {
            return null;
        }

        var slope = sxy / sxx;
        return new LeastSquaresLine(my - (slope * mx), slope, pairs.Length);
    }
}
