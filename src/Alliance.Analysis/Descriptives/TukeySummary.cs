namespace Alliance.Analysis.Descriptives;

/// <summary>
/// Box-plot statistics as R's <c>boxplot.stats(x, coef = 1.5)</c>: Tukey's five-number summary
/// (<c>fivenum</c>: minimum, lower hinge, median, upper hinge, maximum, where the hinges are the
/// medians of the lower and upper halves, each including the median when n is odd), whiskers
/// reaching the most extreme values within 1.5 × hinge spread of the hinges, and everything beyond
/// as outliers. Non-finite values (NaN = missing, ±∞) are dropped first (R's <c>na.rm = TRUE</c>).
/// Tukey, J. W. (1977). <i>Exploratory Data Analysis</i>. Addison-Wesley.
/// </summary>
public sealed record TukeySummary(
    int Count,
    double Minimum,
    double LowerHinge,
    double Median,
    double UpperHinge,
    double Maximum,
    double LowerWhisker,
    double UpperWhisker,
    IReadOnlyList<double> Outliers)
{
    /// <summary>The summary of the finite values, or <c>null</c> when there are none.</summary>
    public static TukeySummary? Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var x = values.Where(double.IsFinite).ToArray();
        Array.Sort(x);
        var n = x.Length;
        if (n == 0)
        {
            return null;
        }

        // fivenum: n4 = floor((n + 3) / 2) / 2; hinges average x at floor(n4) and ceiling(n4) (1-based).
        var n4 = Math.Floor((n + 3) / 2.0) / 2.0;
        double Pick(double oneBased) => x[(int)oneBased - 1];
        var lower = 0.5 * (Pick(Math.Floor(n4)) + Pick(Math.Ceiling(n4)));
        var median = 0.5 * (Pick(Math.Floor((n + 1) / 2.0)) + Pick(Math.Ceiling((n + 1) / 2.0)));
        var upper = 0.5 * (Pick(n + 1 - Math.Floor(n4)) + Pick(n + 1 - Math.Ceiling(n4)));

        var reach = 1.5 * (upper - lower);
        var inside = x.Where(v => v >= lower - reach && v <= upper + reach).ToArray();
        var outliers = x.Where(v => v < lower - reach || v > upper + reach).ToArray();
        return new TukeySummary(n, x[0], lower, median, upper, x[^1], inside[0], inside[^1], outliers);
    }
}
