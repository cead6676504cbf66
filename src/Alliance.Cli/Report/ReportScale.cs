namespace Alliance.Cli.Report;

/// <summary>
/// A scored scale of one instrument as the report uses it: its items, the reverse-keyed ones, and the response
/// range used to flip them (min + max − x).
/// </summary>
internal sealed record ReportScale(string Id, IReadOnlyList<string> Items, IReadOnlySet<string> Reversed, double Min, double Max)
{
    /// <summary>Mean of the answered items after reverse keying; NaN when none was answered.</summary>
    public double Score(IReadOnlyDictionary<string, double> answers)
    {
        var (sum, n) = (0.0, 0);
        foreach (var item in Items)
        {
            if (answers.TryGetValue(item, out var v) && !double.IsNaN(v))
            {
                sum += Reversed.Contains(item) ? Min + Max - v : v;
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
    }
}
