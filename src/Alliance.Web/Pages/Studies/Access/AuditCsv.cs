using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>
/// The audit log as CSV: <c>at</c> (UTC, ISO 8601), <c>actor</c>, <c>action</c>, <c>detail</c> (the JSON object). Text
/// cells go through <see cref="SpreadsheetSafety.Neutralise"/>, so an actor or detail starting with <c>=</c>, <c>+</c>,
/// <c>-</c> or <c>@</c> is not run as a formula when the file is opened in a spreadsheet.
/// </summary>
public static class AuditCsv
{
    public static async Task<long> WriteAsync(IAsyncEnumerable<AuditEntry> entries, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var csv = new CsvWriter(output, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        foreach (var name in new[] { "at", "actor", "action", "detail" })
        {
            csv.WriteField(name);
        }
        await csv.NextRecordAsync();
        long rows = 0;
        await foreach (var entry in entries.WithCancellation(ct))
        {
            csv.WriteField(Timestamp(entry.At), shouldQuote: false);
            csv.WriteField(SpreadsheetSafety.Neutralise(entry.Actor));
            csv.WriteField(SpreadsheetSafety.Neutralise(entry.Action));
            csv.WriteField(SpreadsheetSafety.Neutralise(entry.Detail));
            await csv.NextRecordAsync();
            rows++;
        }
        await csv.FlushAsync();
        return rows;
    }

    /// <summary>The time as the page and the CSV show it: UTC, ISO 8601, whole seconds.</summary>
    public static string Timestamp(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
