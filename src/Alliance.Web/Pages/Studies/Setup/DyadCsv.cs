using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// Reads a dyad list: a header naming <c>therapist</c> and <c>client</c>, optionally <c>arm</c>, <c>started_on</c>,
/// <c>therapist_language</c> and <c>client_language</c> (any order, nothing else), then one dyad per line. Collects every problem with its line and
/// column instead of stopping at the first; blank lines are skipped; an empty <c>started_on</c> means
/// <paramref name="today"/>, an empty <c>arm</c> or language means none. Dates are ISO 8601 (<c>2026-03-01</c>). Cells are
/// separated by commas or by semicolons (as German spreadsheets save CSV), whichever the file uses.
/// </summary>
public sealed class DyadCsv(DateOnly today)
{
    /// <summary>The columns a dyad list may have, in the order the page documents them.</summary>
    public static readonly string[] Columns = ["therapist", "client", "arm", "started_on", "therapist_language", "client_language"];

    private readonly List<CsvProblem> _problems = [];
    private readonly List<DyadCsvRow> _rows = [];
    private Dictionary<string, int> _columns = new(StringComparer.Ordinal);

    public IReadOnlyList<CsvProblem> Problems => _problems;

    public IReadOnlyList<DyadCsvRow> Rows => _rows;

    /// <summary>The 1-based position of a column in the header read, 0 when the header lacks it.</summary>
    public int ColumnOf(string column) => _columns.TryGetValue(column, out var i) ? i + 1 : 0;

    public void Read(TextReader input)
    {
        using var csv = new CsvReader(input, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            BadDataFound = null,
            // Comma or semicolon, whichever the file uses: German Excel saves "CSV" with semicolons.
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";"],
        });
        if (!csv.Read() || !ReadHeader(csv.Parser.Record ?? []))
        {
            if (_problems.Count == 0)
            {
                _problems.Add(new CsvProblem(1, 0, "", "setup.csv.noHeader"));
            }
            return;
        }
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            ReadRow(csv.Parser.RawRow, record);
        }
        if (_rows.Count == 0 && _problems.Count == 0)
        {
            _problems.Add(new CsvProblem(2, 0, "", "setup.csv.noRows"));
        }
    }

    private bool ReadHeader(string[] header)
    {
        _columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                _problems.Add(new CsvProblem(1, i + 1, name, "setup.csv.unknownColumn", name));
            }
            else if (!_columns.TryAdd(name, i))
            {
                _problems.Add(new CsvProblem(1, i + 1, name, "setup.csv.repeatedColumn", name));
            }
        }
        foreach (var missing in Columns[..2].Where(c => !_columns.ContainsKey(c)))
        {
            _problems.Add(new CsvProblem(1, 0, missing, "setup.csv.missingColumn", missing));
        }
        return _problems.Count == 0;
    }

    private void ReadRow(int line, string[] record)
    {
        var before = _problems.Count;
        if (record.Length > _columns.Count)
        {
            _problems.Add(new CsvProblem(line, _columns.Count + 1, "", "setup.csv.extraCells",
                record.Length.ToString(CultureInfo.InvariantCulture)));
        }
        string Cell(string column) => _columns.TryGetValue(column, out var i) && i < record.Length ? record[i].Trim() : "";
        void Fail(string column, string key, string value) => _problems.Add(new CsvProblem(line, _columns[column] + 1, column, key, value));

        var therapist = Cell("therapist");
        var client = Cell("client");
        foreach (var (column, code) in new[] { ("therapist", therapist), ("client", client) })
        {
            if (code.Length == 0)
            {
                Fail(column, "setup.csv.emptyCode", "");
            }
            else if (!SetupCodes.IsParticipantCode(code))
            {
                Fail(column, "setup.csv.badCode", code);
            }
        }
        var arm = Cell("arm");
        var startedOn = today;
        var date = Cell("started_on");
        if (date.Length > 0 && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out startedOn))
        {
            Fail("started_on", "setup.csv.badDate", date);
        }
        if (_problems.Count == before)
        {
            _rows.Add(new DyadCsvRow(line, therapist, client, arm.Length == 0 ? null : arm, startedOn,
                NullIfEmpty(Cell("therapist_language")), NullIfEmpty(Cell("client_language"))));
        }
    }

    private static string? NullIfEmpty(string cell) => cell.Length == 0 ? null : cell;
}
