using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Data.Export;

/// <summary>Writes typed cells with one formatting convention: invariant numbers, ISO dates, neutralised text.</summary>
internal sealed class CsvCells : IAsyncDisposable
{
    private readonly CsvWriter _csv;

    public CsvCells(TextWriter writer) =>
        _csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);

    public Task HeaderAsync(IEnumerable<ExportColumn> columns)
    {
        foreach (var column in columns)
        {
            _csv.WriteField(column.Name);
        }
        return _csv.NextRecordAsync();
    }

    public void Text(string? value) => _csv.WriteField(value is null ? "" : SpreadsheetSafety.Neutralise(value));

    public void Number(decimal? value) => _csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? "", shouldQuote: false);

    public void Number(double? value) => _csv.WriteField(value?.ToString("R", CultureInfo.InvariantCulture) ?? "", shouldQuote: false);

    public void Integer(long value) => _csv.WriteField(value.ToString(CultureInfo.InvariantCulture), shouldQuote: false);

    public void Date(DateOnly? value) => _csv.WriteField(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", shouldQuote: false);

    public void Timestamp(DateTime value) =>
        _csv.WriteField(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), shouldQuote: false);

    /// <summary>
    /// Ends the row and hands it to the writer asynchronously: the fields themselves only fill CsvHelper's buffer, so no
    /// synchronous write ever reaches the output (an HTTP response body refuses those).
    /// </summary>
    public Task EndRowAsync() => _csv.NextRecordAsync();

    public Task FlushAsync() => _csv.FlushAsync();

    public ValueTask DisposeAsync() => _csv.DisposeAsync();
}
