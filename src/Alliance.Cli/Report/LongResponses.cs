using System.Globalization;
using Alliance.Analysis.Tabular;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Alliance.Instruments;

namespace Alliance.Cli.Report;

/// <summary>
/// Reads the long export (<c>alliance export --format long</c>: one row per item answer) into forms, one per
/// <c>response_id</c> (or per dyad, session, role and instrument when that column is absent), row by row: from a CSV
/// file, or from the database through the export's own reader (<see cref="LongAnswers"/>). Neither holds the export's
/// text; a 10,000-dyad study used to be held as 81 MB of CSV and again as 4.35 million rows of cells (issue #21).
/// </summary>
internal static class LongResponses
{
    public static readonly string[] RequiredColumns = ["dyad", "session", "role", "instrument", "item", "value"];

    /// <summary>The forms of a long CSV, with their instruments from <paramref name="catalog"/>.</summary>
    public static ReportInput Read(CsvRowReader rows, InstrumentCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var missing = RequiredColumns.Where(c => !rows.HasColumn(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InputException($"{rows.Source}: missing column(s) {string.Join(", ", missing)}; expected the long export (alliance export --format long)");
        }
        var (dyadColumn, sessionColumn, roleColumn) = (rows.ColumnIndex("dyad"), rows.ColumnIndex("session"), rows.ColumnIndex("role"));
        var (instrumentColumn, itemColumn, valueColumn) = (rows.ColumnIndex("instrument"), rows.ColumnIndex("item"), rows.ColumnIndex("value"));
        var responseColumn = rows.HasColumn("response_id") ? rows.ColumnIndex("response_id") : -1;
        var forms = new ReportFormCollector<string>(catalog);
        while (rows.Read())
        {
            var sessionNumber = rows.Number(sessionColumn);
            var value = rows.Number(valueColumn);
            if (rows.Cell(dyadColumn) is not { } dyad || rows.Cell(roleColumn) is not { } role
                || rows.Cell(instrumentColumn) is not { } instrument || rows.Cell(itemColumn) is not { } item)
            {
                throw new InputException($"{rows.Source}, line {rows.Line}: dyad, role, instrument and item must not be empty");
            }
            if (double.IsNaN(sessionNumber) || sessionNumber != Math.Floor(sessionNumber))
            {
                throw new InputException($"{rows.Source}, line {rows.Line}, column session: expected a whole session number");
            }
            var session = (int)sessionNumber;
            var key = (responseColumn >= 0 ? rows.Cell(responseColumn) : null) ?? $"{dyad}\u001f{session}\u001f{role}\u001f{instrument}";
            forms.Add(key, dyad, session, role, instrument, item, value);
        }
        return forms.Finish(rows.Source);
    }

    /// <summary>The forms of a study's long export, read from the database and audited as an export by <paramref name="actor"/>.</summary>
    public static async Task<ReportInput> ReadAsync(AllianceDatabase database, long studyId, string actor, InstrumentCatalog catalog, CancellationToken ct)
    {
        var forms = new ReportFormCollector<Guid>(catalog);
        await LongAnswers.ReadAsync(database, studyId, actor,
            a => forms.Add(a.ResponseId, a.Dyad, a.Session, a.Role, a.Instrument, a.Item, a.Value is { } v ? AsParsed(v) : double.NaN), ct);
        return forms.Finish(string.Create(CultureInfo.InvariantCulture, $"study {studyId}"));
    }

    /// <summary>
    /// The number the report got when it parsed the export's text: the CSV writes a value's decimal digits and parsing
    /// them rounds once, correctly, where <c>(double)decimal</c> may differ in the last bit. Whole numbers (Likert
    /// answers, almost every value) convert exactly without text.
    /// </summary>
    private static double AsParsed(decimal value)
    {
        if (value.Scale == 0 && Math.Abs(value) < 9_007_199_254_740_992m)
        {
            return (long)value;
        }
        Span<char> text = stackalloc char[48];
        value.TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        return double.Parse(text[..length], NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
