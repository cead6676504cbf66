using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Analysis.Tabular;

/// <summary>
/// Reads a CSV file row by row under <see cref="CsvTable"/>'s conventions (header checks, RFC 4180 quoting, trimmed
/// cells, the missing tokens, errors naming source, line and column) without holding the rows: for inputs too large to
/// keep as text, such as the long export of a 10,000-dyad study (4.35 million rows, issue #21), and the files
/// <c>alliance instruments score</c> scores. Only the cells asked for are materialised.
/// </summary>
public sealed class CsvRowReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly CsvParser _parser;
    private readonly Dictionary<string, int> _index;

    private CsvRowReader(TextReader reader, string source)
    {
        _reader = reader;
        Source = source;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            BadDataFound = args => throw new CsvTableException(source, args.Context.Parser?.RawRow ?? 0, 0,
                $"malformed CSV field {Quote(args.Field)} (stray or unbalanced quote)"),
        };
        _parser = new CsvParser(reader, config);
        if (!_parser.Read())
        {
            throw new CsvTableException(source, 1, 0, "the file is empty; expected a header row naming the columns");
        }
        var header = _parser.Record ?? [];
        CheckHeader(source, _parser.RawRow, header);
        Columns = header;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            _index[header[i]] = i;
        }
    }

    /// <summary>Label used in error messages (usually the file path).</summary>
    public string Source { get; }

    /// <summary>Column names in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>1-based file line of the current row.</summary>
    public int Line { get; private set; }

    /// <summary>Starts reading CSV text (the header row is read and checked here); the reader is disposed with this one.</summary>
    public static CsvRowReader Open(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new CsvRowReader(reader, source);
    }

    /// <summary>Opens a CSV file; the path is the source label in errors.</summary>
    public static CsvRowReader OpenFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new CsvTableException(path, 0, 0, "file not found");
        }
        var reader = new StreamReader(path);
        try
        {
            return Open(reader, path);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>True when the header has a column of that (case-sensitive) name.</summary>
    public bool HasColumn(string name) => _index.ContainsKey(name);

    /// <summary>0-based index of a column; a clear error listing the columns when there is none.</summary>
    public int ColumnIndex(string name) =>
        _index.TryGetValue(name, out var i)
            ? i
            : throw new CsvTableException(Source, 1, 0, $"no column named '{name}'; the columns are: {string.Join(", ", Columns)}");

    /// <summary>Moves to the next row, skipping blank lines; false at the end. A row with another field count than the header is an error.</summary>
    public bool Read()
    {
        while (_parser.Read())
        {
            var count = _parser.Count;
            if (count == 1 && _parser[0].Length == 0)
            {
                continue; // blank line
            }
            Line = _parser.RawRow;
            if (count != Columns.Count)
            {
                throw new CsvTableException(Source, Line, Math.Min(count, Columns.Count) + 1,
                    $"expected {Columns.Count} fields as in the header, found {count}");
            }
            return true;
        }
        return false;
    }

    /// <summary>The trimmed cell of the current row, or null when missing (<see cref="CsvTable.IsMissing"/>).</summary>
    public string? Cell(int column)
    {
        var cell = _parser[column].Trim();
        return CsvTable.IsMissing(cell) ? null : cell;
    }

    /// <summary>The cell as a number, NaN when missing; a non-number is an error naming line and column.</summary>
    public double Number(int column)
    {
        var cell = Cell(column);
        return cell is null ? double.NaN : ParseNumber(Source, Line, column, Columns[column], cell);
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }

    /// <summary>A finite number in invariant culture, or the error <see cref="CsvTable.Numeric"/> and <see cref="Number"/> give.</summary>
    internal static double ParseNumber(string source, int line, int column, string name, string cell) =>
        double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsInfinity(value)
            ? value
            : throw new CsvTableException(source, line, column + 1, $"{Quote(cell)} in column '{name}' is not a finite number");

    private static void CheckHeader(string source, int line, string[] header)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = header[i].Trim().TrimStart('\uFEFF');
            if (header[i].Length == 0)
            {
                throw new CsvTableException(source, line, i + 1, "empty column name in the header");
            }
            if (!seen.Add(header[i]))
            {
                throw new CsvTableException(source, line, i + 1, $"duplicate column name '{header[i]}'");
            }
        }
    }

    internal static string Quote(string text) => text.Length > 40 ? $"'{text[..40]}…'" : $"'{text}'";
}
