using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Alliance.Data.Export;

/// <summary>
/// Writes typed cells with one formatting convention: invariant numbers, ISO dates, neutralised text. Rows are
/// formatted into an in-memory chunk and handed to the output asynchronously once the chunk holds
/// <see cref="ChunkChars"/> characters, so the output never sees a synchronous write (an HTTP response body refuses
/// those) and the cost of an asynchronous call is paid per chunk, not per row.
/// </summary>
internal sealed class CsvCells : IAsyncDisposable
{
    /// <summary>Characters gathered before they are written to the output (about 64 KiB of UTF-8 for ASCII text).</summary>
    private const int ChunkChars = 64 * 1024;

    private readonly TextWriter _output;
    // Twice the threshold up front: the builder stays one block, so appending and clearing never reallocate.
    private readonly StringWriter _chunk = new(new System.Text.StringBuilder(2 * ChunkChars), CultureInfo.InvariantCulture);
    private readonly CsvWriter _csv;

    public CsvCells(TextWriter output)
    {
        _output = output;
        _csv = new CsvWriter(_chunk, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
    }

    public Task HeaderAsync(IEnumerable<ExportColumn> columns)
    {
        foreach (var column in columns)
        {
            _csv.WriteField(column.Name);
        }
        return EndRowAsync();
    }

    public void Text(string? value) => _csv.WriteField(value is null ? "" : SpreadsheetSafety.Neutralise(value));

    public void Number(decimal? value) => _csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? "", shouldQuote: false);

    public void Number(double? value) => _csv.WriteField(value?.ToString("R", CultureInfo.InvariantCulture) ?? "", shouldQuote: false);

    public void Integer(long value) => _csv.WriteField(value.ToString(CultureInfo.InvariantCulture), shouldQuote: false);

    public void Date(DateOnly? value) => _csv.WriteField(value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "", shouldQuote: false);

    public void Timestamp(DateTime value) =>
        _csv.WriteField(value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), shouldQuote: false);

    /// <summary>Ends the row (into the in-memory chunk; CsvHelper writes each finished row to it).</summary>
    public Task EndRowAsync()
    {
        _csv.NextRecord();
        return _chunk.GetStringBuilder().Length >= ChunkChars ? DrainAsync() : Task.CompletedTask;
    }

    /// <summary>Writes everything gathered to the output and flushes it.</summary>
    public async Task FlushAsync()
    {
        _csv.Flush();
        await DrainAsync().ConfigureAwait(false);
        await _output.FlushAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync().ConfigureAwait(false);
        await _chunk.DisposeAsync().ConfigureAwait(false);
    }

    private async Task DrainAsync()
    {
        var text = _chunk.GetStringBuilder();
        foreach (var part in text.GetChunks())
        {
            await _output.WriteAsync(part).ConfigureAwait(false);
        }
        text.Clear();
    }
}
