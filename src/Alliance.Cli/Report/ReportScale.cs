namespace Alliance.Cli.Report;

/// <summary>
/// A scored scale of one instrument as the report uses it: its items (with their positions in the instrument's forms,
/// <see cref="ReportItems"/>), the reverse-keyed ones, and the response range used to flip them (min + max − x).
/// </summary>
internal sealed record ReportScale(string Id, IReadOnlyList<string> Items, IReadOnlyList<int> Positions, IReadOnlySet<string> Reversed, double Min, double Max)
{
    /// <summary>Mean of the answered items after reverse keying; NaN when none was answered.</summary>
    public double Score(ReportForm form)
    {
        var (sum, n) = (0.0, 0);
        for (var i = 0; i < Items.Count; i++)
        {
            var v = form.Value(Positions[i]);
            if (!double.IsNaN(v))
            {
                sum += Reversed.Contains(Items[i]) ? Min + Max - v : v;
                n++;
            }
        }
        return n == 0 ? double.NaN : sum / n;
    }
}
