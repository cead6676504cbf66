using System.Globalization;
using System.IO.Compression;
using System.Text;
using Alliance.Data.Embedded;

namespace Alliance.Data.Export;

/// <summary>
/// An export as one zip: the CSV (<c>long.csv</c>, <c>wide.csv</c> or <c>dyadic.csv</c>), its companions
/// (<see cref="CompanionFile.Of"/>: codebook as CSV and Markdown, R, SPSS and Stata syntax) and a <c>README.md</c>.
/// The one place a bundle is built, for the workspace, the API and the command line. The zip is written as it goes
/// onto <c>output</c> (which need not seek, e.g. an HTTP response), the CSV streamed through
/// <see cref="StudyExport"/>'s writer into its entry, so a large study is never held in memory; the companions are
/// small and come after it, since they describe the columns the CSV was written with.
/// </summary>
public static class ExportBundle
{
    /// <summary>The bundle kind the API's <c>bundle=</c> parameter and the audit entry name.</summary>
    public const string Kind = "zip";

    /// <summary>The media type of a bundle.</summary>
    public const string ContentType = "application/zip";

    /// <summary>The download name: <c>study-7-wide.zip</c>.</summary>
    public static string FileName(long studyId, ExportFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"study-{studyId}-{Layout(format)}.zip");

    /// <summary>
    /// Writes the bundle of <paramref name="studyId"/> to <paramref name="output"/> (left open); one audit entry, the
    /// export's, with <c>"bundle": "zip"</c>.
    /// </summary>
    /// <exception cref="StudyExportException">The study does not exist.</exception>
    public static Task<ExportResult> WriteAsync(AllianceDatabase database, long studyId, ExportOptions options, Stream output,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        return WriteAsync(options.Format, output,
            (writer, token) => StudyExport.WriteAsync(database, studyId, options with { Bundle = true }, writer, token), ct);
    }

    /// <summary>
    /// Writes a bundle whose CSV <paramref name="writeData"/> writes (a study's export, or the demo data set) to
    /// <paramref name="output"/>, which is left open.
    /// </summary>
    public static async Task<ExportResult> WriteAsync(ExportFormat format, Stream output,
        Func<TextWriter, CancellationToken, Task<ExportResult>> writeData, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(writeData);
        var target = new AsyncWriteStream(output);
        await using (target.ConfigureAwait(false))
        {
            var result = await WriteZipAsync(format, target, writeData, ct).ConfigureAwait(false);
            await target.FlushAsync(ct).ConfigureAwait(false);
            return result;
        }
    }

    /// <summary>Writes the zip onto <paramref name="target"/>; the central directory is written when the archive is disposed.</summary>
    internal static async Task<ExportResult> WriteZipAsync(ExportFormat format, Stream target,
        Func<TextWriter, CancellationToken, Task<ExportResult>> writeData, CancellationToken ct)
    {
        var csvName = Layout(format) + ".csv";
        await using var zip = await ZipArchive.CreateAsync(target, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct)
            .ConfigureAwait(false);
        ExportResult result;
        var data = await zip.CreateEntry(csvName, CompressionLevel.Optimal).OpenAsync(ct).ConfigureAwait(false);
        await using (data.ConfigureAwait(false))
        {
            var writer = new StreamWriter(data, new UTF8Encoding(false), 1 << 16);
            await using (writer.ConfigureAwait(false))
            {
                result = await writeData(writer, ct).ConfigureAwait(false);
            }
        }
        foreach (var file in CompanionFile.Of(result, csvName).Append(new CompanionFile("README.md", BundleReadme.Text(result, csvName))))
        {
            var entry = await zip.CreateEntry(file.Name, CompressionLevel.Optimal).OpenAsync(ct).ConfigureAwait(false);
            await using (entry.ConfigureAwait(false))
            {
                await entry.WriteAsync(Encoding.UTF8.GetBytes(file.Text), ct).ConfigureAwait(false);
            }
        }
        return result;
    }

    private static string Layout(ExportFormat format) => format.ToString().ToLowerInvariant();
}
