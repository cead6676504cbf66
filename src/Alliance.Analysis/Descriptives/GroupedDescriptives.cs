namespace Alliance.Analysis.Descriptives;

/// <summary>
/// Descriptive statistics of several variables by any set of grouping columns (study, arm, therapist,
/// session number …). A row whose grouping value is missing forms its own group (key null), as
/// <c>dplyr::group_by</c> does, rather than disappearing silently. Groups are ordered by their keys
/// (numerically when both values are numbers, else ordinal string comparison; missing last); within a group variables keep the order given.
/// Per-variable conventions are those of <see cref="DescriptiveSummary"/>.
/// </summary>
public static class GroupedDescriptives
{
    /// <summary>
    /// Summarises every variable within every group. <paramref name="groupColumns"/> may be empty (one
    /// group for the whole data, key empty). All columns must have the same length.
    /// </summary>
    public static IReadOnlyList<GroupSummary> Compute(
        IReadOnlyList<IReadOnlyList<string?>> groupColumns,
        IReadOnlyList<KeyValuePair<string, double[]>> variables)
    {
        ArgumentNullException.ThrowIfNull(groupColumns);
        ArgumentNullException.ThrowIfNull(variables);
        var rows = variables.Count > 0 ? variables[0].Value.Length : groupColumns.Count > 0 ? groupColumns[0].Count : 0;
        if (variables.Any(v => v.Value.Length != rows) || groupColumns.Any(g => g.Count != rows))
        {
            throw new ArgumentException("every grouping column and variable must have the same number of rows");
        }

        var groups = new SortedDictionary<GroupKey, List<int>>();
        for (var r = 0; r < rows; r++)
        {
            var key = new GroupKey(groupColumns.Select(g => g[r]).ToArray());
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
            }
            members.Add(r);
        }
        if (rows == 0)
        {
            groups[new GroupKey(new string?[groupColumns.Count])] = [];
        }

        var result = new List<GroupSummary>();
        foreach (var (key, members) in groups)
        {
            foreach (var (name, values) in variables)
            {
                var subset = new double[members.Count];
                for (var i = 0; i < subset.Length; i++)
                {
                    subset[i] = values[members[i]];
                }
                result.Add(new GroupSummary(key.Values, name, DescriptiveSummary.Of(subset)));
            }
        }
        return result;
    }

    // Session numbers and other numeric codes sort as numbers (2 before 10); text sorts ordinally.
    private static int CompareValues(string a, string b) =>
        double.TryParse(a, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
        && double.TryParse(b, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var y)
        && x != y
            ? x.CompareTo(y)
            : string.CompareOrdinal(a, b);

    private sealed class GroupKey(string?[] values) : IComparable<GroupKey>
    {
        public string?[] Values { get; } = values;

        public int CompareTo(GroupKey? other)
        {
            ArgumentNullException.ThrowIfNull(other);
            for (var i = 0; i < Values.Length; i++)
            {
                var (a, b) = (Values[i], other.Values[i]);
                var c = (a, b) switch
                {
                    (null, null) => 0,
                    (null, _) => 1,
                    (_, null) => -1,
                    _ => CompareValues(a, b),
                };
                if (c != 0)
                {
                    return c;
                }
            }
            return 0;
        }
    }
}
