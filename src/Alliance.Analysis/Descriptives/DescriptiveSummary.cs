namespace Alliance.Analysis.Descriptives;

/// <summary>
/// The first table of a paper for one variable: n, missing count, mean, sd, min, quartiles, max.
/// Conventions: missing values (NaN) are counted in <see cref="Missing"/> and otherwise ignored
/// (R's <c>na.rm = TRUE</c>); sd uses the N−1 normaliser (R <c>sd</c>); quartiles and median are
/// type-7 quantiles (R's <c>quantile</c> default, see <see cref="Quantile"/>). Statistics that
/// cannot be computed are NaN and <see cref="Notes"/> says why (no values; fewer than two values).
/// </summary>
public sealed record DescriptiveSummary(
    int N,
    int Missing,
    double Mean,
    double StandardDeviation,
    double Minimum,
    double FirstQuartile,
    double Median,
    double ThirdQuartile,
    double Maximum,
    IReadOnlyList<string> Notes)
{
    /// <summary>Summarises <paramref name="values"/>; NaN entries are missing.</summary>
    public static DescriptiveSummary Of(ReadOnlySpan<double> values)
    {
        var moments = SampleMoments.Of(values);
        var sorted = Quantile.SortedWithoutMissing(values);
        var notes = new List<string>();
        if (sorted.Length == 0)
        {
            notes.Add("all values are missing");
        }
        else if (sorted.Length < 2)
        {
            notes.Add("fewer than two values: sd is undefined");
        }
        else if (moments.Variance == 0)
        {
            notes.Add("constant: every value is the same");
        }
        return new DescriptiveSummary(
            moments.Count,
            values.Length - moments.Count,
            moments.Mean,
            moments.StandardDeviation,
            sorted.Length > 0 ? sorted[0] : double.NaN,
            Quantile.OfSorted(sorted, 0.25),
            Quantile.OfSorted(sorted, 0.5),
            Quantile.OfSorted(sorted, 0.75),
            sorted.Length > 0 ? sorted[^1] : double.NaN,
            notes);
    }
}
