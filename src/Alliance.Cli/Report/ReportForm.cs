namespace Alliance.Cli.Report;

/// <summary>
/// One submitted form in the long export: its answers as numbers at the positions of its instrument's items
/// (<see cref="ReportItems"/>), NaN where an item was skipped or not given. A 10,000-dyad study has 384,000 forms:
/// one small array each instead of a dictionary of item ids (issue #21 item 4).
/// </summary>
internal sealed class ReportForm(string dyad, int session, string role, string instrument, int width)
{
    private double[] _values = Filled(width);

    public string Dyad { get; } = dyad;

    public int Session { get; } = session;

    public string Role { get; } = role;

    public string Instrument { get; } = instrument;

    /// <summary>The answers by item position, as long as the instrument's item list was when the form's last answer came.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>The answer at an item position; NaN when skipped, not given, or the position is unknown (−1).</summary>
    public double Value(int position) => position >= 0 && position < _values.Length ? _values[position] : double.NaN;

    /// <summary>Sets an answer; a later answer to the same item replaces the earlier one.</summary>
    public void Set(int position, double value)
    {
        if (position >= _values.Length)
        {
            // Only an instrument without a definition learns its items from the data, so only its forms grow.
            var grown = Filled(position + 1);
            _values.CopyTo(grown, 0);
            _values = grown;
        }
        _values[position] = value;
    }

    private static double[] Filled(int width)
    {
        var values = new double[width];
        Array.Fill(values, double.NaN);
        return values;
    }
}
