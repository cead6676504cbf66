using System.Globalization;
using Alliance.Analysis.Tabular;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Streams a response CSV row by row with the conventions and error messages of <see cref="CsvTable"/>
/// (header names unique and non-empty, equal field counts, cells trimmed, <c>""</c>/<c>NA</c>/<c>NaN</c>/<c>.</c>
/// missing, errors as <see cref="CsvTableException"/> naming file, line and column) but without holding the
/// table in memory: scoring large files costs little more than reading them.
/// </summary>
internal sealed class ResponseCsvReader : IDisposable
{
    private readonly TextReader _reader;
    private readonly CsvParser _parser;
    private readonly string[] _columns;

    public ResponseCsvReader(TextReader reader, string source)
    {
        _reader = reader;
        Source = source;
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,
            DetectColumnCountChanges = false,
            BadDataFound = args => throw new CsvTableException(source, args.Context.Parser?.RawRow ?? 0, 0,
                $"malformed CSV field '{Shorten(args.Field)}' (stray or unbalanced quote)"),
        };
        _parser = new CsvParser(reader, config);
        if (!_parser.Read())
        {
            throw new CsvTableException(source, 1, 0, "the file is empty; expected a header row naming the columns");
        }
        _columns = _parser.Record ?? [];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < _columns.Length; i++)
        {
            _columns[i] = _columns[i].Trim().TrimStart('\uFEFF');
            if (_columns[i].Length == 0)
            {
                throw new CsvTableException(source, _parser.RawRow, i + 1, "empty column name in the header");
            }
            if (!seen.Add(_columns[i]))
            {
                throw new CsvTableException(source, _parser.RawRow, i + 1, $"duplicate column name '{_columns[i]}'");
            }
        }
    }

    public string Source { get; }

    public IReadOnlyList<string> Columns => _columns;

    /// <summary>0-based index of the column with that (case-sensitive) name, or −1.</summary>
    public int ColumnIndex(string name) => Array.IndexOf(_columns, name);

    /// <summary>1-based file line of the current row.</summary>
    public int Line { get; private set; }

    public static ResponseCsvReader Open(string path) =>
        File.Exists(path)
            ? new ResponseCsvReader(new StreamReader(path), path)
            : throw new CsvTableException(path, 0, 0, "file not found");

    /// <summary>Moves to the next non-blank row; false at the end of the file.</summary>
    public bool Read()
    {
        while (_parser.Read())
        {
            Line = _parser.RawRow;
            var count = _parser.Count;
            if (count == 1 && _parser[0].Length == 0)
            {
                continue; // blank line
            }
            if (count != _columns.Length)
            {
                throw new CsvTableException(Source, Line, Math.Min(count, _columns.Length) + 1,
                    $"expected {_columns.Length} fields as in the header, found {count}");
            }
            return true;
        }
        return false;
    }

    /// <summary>The trimmed cell of the current row, or null when missing.</summary>
    public string? Cell(int column)
    {
        var cell = _parser[column];
        if (cell.Length > 0 && (char.IsWhiteSpace(cell[0]) || char.IsWhiteSpace(cell[^1])))
        {
            cell = cell.Trim();
        }
        return CsvTable.IsMissing(cell) ? null : cell;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
