using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>
/// Within/between decomposition of a time-varying predictor: person-mean (or therapist-mean) centring.
/// Adds <c>{x}_mean</c> (the group's mean of x over its non-missing values) and <c>{x}_within</c> (x − that mean;
/// missing where x is missing) — the split used by Baldwin, Wampold &amp; Imel (2007) and the lagged
/// within-patient models of Falkenström, Granström &amp; Holmqvist (2013, J Couns Psychol 60:317–328) and
/// Zilcha-Mano (2017, Am Psychol 72:311–325).
/// </summary>
public static class Centring
{
    /// <summary>Adds <c>{variable}{suffix}</c> group means and <c>{variable}_within</c> deviations to <paramref name="data"/>.</summary>
    public static MixedData AddGroupMeanCentring(MixedData data, string group, string variable, string suffix = "_mean")
    {
        ArgumentNullException.ThrowIfNull(data);
        var x = data.Numeric(variable) ?? throw NotNumeric(variable);
        var keys = GroupKeys(data, group);
        var sums = new Dictionary<string, (double Sum, int N)>(StringComparer.Ordinal);
        for (var r = 0; r < x.Length; r++)
        {
            if (keys[r] is { } k && !double.IsNaN(x[r]))
            {
                var (s, n) = sums.GetValueOrDefault(k);
                sums[k] = (s + x[r], n + 1);
            }
        }
        var mean = new double[x.Length];
        var within = new double[x.Length];
        for (var r = 0; r < x.Length; r++)
        {
            mean[r] = keys[r] is { } k && sums.TryGetValue(k, out var a) ? a.Sum / a.N : double.NaN;
            within[r] = x[r] - mean[r];
        }
        return data.AddNumeric(variable + suffix, mean).AddNumeric(variable + "_within", within);
    }

    /// <summary>Group labels of a column (numbers formatted invariantly), null where missing.</summary>
    public static string?[] GroupKeys(MixedData data, string group)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (!data.Has(group))
        {
            throw new AnalysisInputException($"no column named '{group}'; the columns are: {string.Join(", ", data.Columns)}", group);
        }
        return data.Text(group) ?? data.Numeric(group)!.Select(v => double.IsNaN(v) ? null : v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }

    internal static AnalysisInputException NotNumeric(string column) => new($"'{column}' is not a numeric column", column);
}
