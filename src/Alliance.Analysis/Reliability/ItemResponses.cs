using System.Globalization;

namespace Alliance.Analysis.Reliability;

/// <summary>Checks and preparation of item response columns: validation, listwise deletion, reverse keying.</summary>
internal static class ItemResponses
{
    public static void Validate(IReadOnlyList<string> items, IReadOnlyList<double[]> columns, ReliabilityOptions options)
    {
        if (items.Count != columns.Count)
        {
            throw new ArgumentException($"{items.Count} item names for {columns.Count} columns", nameof(items));
        }
        if (columns.Any(c => c.Length != columns[0].Length))
        {
            throw new ArgumentException("every item column must have the same number of rows", nameof(columns));
        }
        if (items.GroupBy(i => i, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new AnalysisInputException($"item '{twice.Key}' is named twice", twice.Key);
        }
        var unknown = options.Reverse.Where(r => !items.Contains(r)).ToList();
        if (unknown.Count > 0)
        {
            throw new AnalysisInputException($"reverse-keyed items not among the items: {string.Join(", ", unknown)}", unknown[0]);
        }
        if (options.ConfidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "the confidence level must lie strictly between 0 and 1");
        }
    }

    public static double[][] CompleteRows(IReadOnlyList<double[]> columns)
    {
        var rows = columns.Count > 0 ? columns[0].Length : 0;
        var keep = Enumerable.Range(0, rows).Where(r => columns.All(c => !double.IsNaN(c[r]))).ToArray();
        return columns.Select(c => keep.Select(r => c[r]).ToArray()).ToArray();
    }

    public static (double, double) ReverseRange(double[][] keyed, ReliabilityOptions options, List<string> diagnostics)
    {
        double observedMin = double.PositiveInfinity, observedMax = double.NegativeInfinity;
        foreach (var column in keyed)
        {
            foreach (var v in column)
            {
                if (!double.IsNaN(v))
                {
                    observedMin = Math.Min(observedMin, v);
                    observedMax = Math.Max(observedMax, v);
                }
            }
        }
        var min = options.Minimum ?? observedMin;
        var max = options.Maximum ?? observedMax;
        if (min > max)
        {
            throw new AnalysisInputException(string.Create(CultureInfo.InvariantCulture, $"reverse-keying minimum {min} exceeds maximum {max}"));
        }
        if (observedMin < min || observedMax > max)
        {
            diagnostics.Add(string.Create(CultureInfo.InvariantCulture,
                $"responses range from {observedMin} to {observedMax}, outside the stated scale {min}–{max}; reversed values fall outside it too"));
        }
        return (min, max);
    }

    public static double[] Flip(double[] column, (double Min, double Max) range)
    {
        var sum = range.Min + range.Max;
        return column.Select(v => sum - v).ToArray();
    }
}
