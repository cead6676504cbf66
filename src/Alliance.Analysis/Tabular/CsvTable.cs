namespace Alliance.Analysis.Tabular;

/// <summary>
/// A CSV file held in memory as text cells under a header row, for analyses that take named columns.
/// Conventions: RFC 4180 quoting, comma separator, invariant culture; the first row names the columns
/// (names must be unique and non-empty); every row must have as many fields as the header.
/// A cell is missing when it is empty or one of <c>NA</c>, <c>NaN</c>, <c>.</c> (R, pandas, SPSS/Stata exports).
/// Every error names the source, line and column.
/// </summary>
public sealed class CsvTable
{
    private static readonly string[] MissingTokens = ["", "NA", "NaN", "."];

    private readonly string?[][] _rows;
    private readonly int[] _lines;
    private readonly Dictionary<string, int> _index;

    private CsvTable(string source, IReadOnlyList<string> columns, string?[][] rows, int[] lines)
    {
        Source = source;
        Columns = columns;
        _rows = rows;
        _lines = lines;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++)
        {
            _index[columns[i]] = i;
        }
    }

    /// <summary>Label used in error messages (usually the file path).</summary>
    public string Source { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Number of data rows (header excluded).</summary>
    public int RowCount => _rows.Length;

    /// <summary>Reads a CSV file; the path is the source label in errors.</summary>
    public static CsvTable ReadFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CsvTableException(path, 0, 0, "file not found");
        }
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads CSV text from <paramref name="reader"/>; <paramref name="source"/> labels errors.</summary>
    public static CsvTable Read(TextReader reader, string source)
    {
        using var rows = CsvRowReader.Open(reader, source);
        var width = rows.Columns.Count;
        var cells = new List<string?[]>();
        var lines = new List<int>();
        while (rows.Read())
        {
            var row = new string?[width];
            for (var i = 0; i < width; i++)
            {
                row[i] = rows.Cell(i);
            }
            cells.Add(row);
            lines.Add(rows.Line);
        }
        return new CsvTable(source, rows.Columns, [.. cells], [.. lines]);
    }

    /// <summary>True when the table has a column of that (case-sensitive) name.</summary>
    public bool HasColumn(string name) => _index.ContainsKey(name);

    /// <summary>0-based index of a column; a clear error listing the columns when there is none.</summary>
    public int ColumnIndex(string name) =>
        _index.TryGetValue(name, out var i)
            ? i
            : throw new CsvTableException(Source, 1, 0,
                $"no column named '{name}'; the columns are: {string.Join(", ", Columns)}");

    /// <summary>The trimmed cell text, or null when missing.</summary>
    public string? Cell(int row, int column) => _rows[row][column];

    /// <summary>1-based file line of a 0-based data row.</summary>
    public int LineOf(int row) => _lines[row];

    /// <summary>A column as numbers, NaN where missing; a non-number is an error naming line and column.</summary>
    public double[] Numeric(string column)
    {
        var c = ColumnIndex(column);
        var values = new double[_rows.Length];
        for (var r = 0; r < _rows.Length; r++)
        {
            var cell = _rows[r][c];
            if (cell is null)
            {
                values[r] = double.NaN;
            }
            else
            {
                values[r] = CsvRowReader.ParseNumber(Source, _lines[r], c, column, cell);
            }
        }
        return values;
    }

    /// <summary>A column as text, null where missing.</summary>
    public string?[] Text(string column)
    {
        var c = ColumnIndex(column);
        var values = new string?[_rows.Length];
        for (var r = 0; r < _rows.Length; r++)
        {
            values[r] = _rows[r][c];
        }
        return values;
    }

    /// <summary>True for a trimmed cell that means "missing": empty, <c>NA</c>, <c>NaN</c> or <c>.</c>.</summary>
    public static bool IsMissing(string cell) => Array.IndexOf(MissingTokens, cell) >= 0;
}
