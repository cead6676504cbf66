using System.Globalization;
using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Mixed;

/// <summary>
/// Named columns for model fitting, all of one length. A column is numeric (NaN = missing) or text
/// (null = missing). Text columns enter fixed effects as factors with treatment contrasts (levels in
/// ordinal string order, first level the reference, as R's <c>factor()</c> in the C locale); any column can
/// be a grouping factor (numeric IDs are grouped by value).
/// </summary>
public sealed class MixedData
{
    private readonly Dictionary<string, double[]> _numeric = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?[]> _text = new(StringComparer.Ordinal);
    private readonly List<string> _names = [];

    /// <summary>Creates an empty set of columns with <paramref name="rowCount"/> rows.</summary>
    public MixedData(int rowCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        RowCount = rowCount;
    }

    /// <summary>Number of rows.</summary>
    public int RowCount { get; }

    /// <summary>Label for error messages (file name), if any.</summary>
    public string Source { get; init; } = "data";

    /// <summary>Column names.</summary>
    public IReadOnlyList<string> Columns => _names;

    /// <summary>Reads every column of a CSV table: numeric where every present cell is a number, else text.</summary>
    public static MixedData FromCsv(CsvTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var data = new MixedData(table.RowCount) { Source = table.Source };
        foreach (var name in table.Columns)
        {
            var text = table.Text(name);
            var numbers = new double[text.Length];
            var numeric = true;
            for (var r = 0; r < text.Length && numeric; r++)
            {
                numbers[r] = double.NaN;
                numeric = text[r] is null
                    || (double.TryParse(text[r], NumberStyles.Float, CultureInfo.InvariantCulture, out numbers[r]) && double.IsFinite(numbers[r]));
            }
            if (numeric)
            {
                data.AddNumeric(name, numbers);
            }
            else
            {
                data.AddText(name, text);
            }
        }
        return data;
    }

    /// <summary>Adds or replaces a numeric column (NaN = missing).</summary>
    public MixedData AddNumeric(string name, double[] values)
    {
        Check(name, values?.Length);
        _text.Remove(name);
        _numeric[name] = values!;
        return this;
    }

    /// <summary>Adds or replaces a text column (null = missing).</summary>
    public MixedData AddText(string name, string?[] values)
    {
        Check(name, values?.Length);
        _numeric.Remove(name);
        _text[name] = values!;
        return this;
    }

    /// <summary>True when a column of that name exists.</summary>
    public bool Has(string name) => _numeric.ContainsKey(name) || _text.ContainsKey(name);

    /// <summary>The column as numbers, or null when it is a text column.</summary>
    public double[]? Numeric(string name) => _numeric.GetValueOrDefault(name);

    /// <summary>The column as text, or null when it is a numeric column.</summary>
    public string?[]? Text(string name) => _text.GetValueOrDefault(name);

    /// <summary>True when row <paramref name="row"/> of the column is missing.</summary>
    public bool IsMissing(string name, int row) =>
        _numeric.TryGetValue(name, out var n) ? double.IsNaN(n[row]) : _text[name][row] is null;

    private void Check(string name, int? length)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (length != RowCount)
        {
            throw new ArgumentException($"column '{name}' has {length} values; expected {RowCount}", nameof(name));
        }
        if (!Has(name))
        {
            _names.Add(name);
        }
    }
}
