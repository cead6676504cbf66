using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Alliance.Data.Demo;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Export;

public sealed class ExportBundleTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task ABundleHoldsTheSameCsvAsThePlainExportItsCompanionsAndAReadmeAndIsAuditedOnceAsABundle()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "bundle", TestStudies.TwoScaleInstrument);
        var options = new ExportOptions(ExportFormat.Wide, "test:bundle", Labels: true);
        using var plain = new StringWriter(CultureInfo.InvariantCulture);
        await StudyExport.WriteAsync(database.ConnectionString, study, options, plain, CancellationToken.None);
        using var zip = new ForwardOnlyStream();

        var result = await ExportBundle.WriteAsync(new AllianceDatabase(database.ConnectionString), study, options, zip, CancellationToken.None);

        using var archive = new ZipArchive(new MemoryStream(zip.Written), ZipArchiveMode.Read);
        Assert.Equal(["wide.csv", "wide.codebook.csv", "wide.codebook.md", "wide.R", "wide.sps", "wide.do", "README.md"],
            archive.Entries.Select(e => e.FullName));
        Assert.Equal(plain.ToString(), Read(archive, "wide.csv"));
        Assert.Equal(Codebook.Csv(result), Read(archive, "wide.codebook.csv"));
        Assert.Equal(AnalysisScripts.Stata(result, "wide.csv"), Read(archive, "wide.do"));
        Assert.Contains("`wide.do` | Stata do-file", Read(archive, "README.md"), StringComparison.Ordinal);
        Assert.Equal("study-" + study.ToString(CultureInfo.InvariantCulture) + "-wide.zip", ExportBundle.FileName(study, ExportFormat.Wide));

        await using var db = AllianceDbContext.Open(database.ConnectionString);
        var details = await db.AuditLog.AsNoTracking().Where(a => a.StudyId == study && a.Action == "export").OrderBy(a => a.At)
            .Select(a => a.Detail).ToListAsync();
        Assert.Equal(2, details.Count);
        using var csvEntry = JsonDocument.Parse(details[0]);
        Assert.False(csvEntry.RootElement.TryGetProperty("bundle", out _));
        using var bundleEntry = JsonDocument.Parse(details[1]);
        Assert.Equal("zip", bundleEntry.RootElement.GetProperty("bundle").GetString());
        Assert.Equal("wide", bundleEntry.RootElement.GetProperty("format").GetString());
    }

    [Fact]
    public async Task TheCodebookGivesItemWordingAnchorLabelsAndTheVisualAnalogueRange()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "wording", TestStudies.TwoScaleInstrument);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var export = await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(ExportFormat.Wide, "test"), text,
            CancellationToken.None);

        var codebook = Import.RoundTripTests.Rows(Codebook.Csv(export)).ToDictionary(r => r["column"]);
        Assert.Equal(("One", "1=Never; 4=Always", "1–4"), (codebook["x1"]["wording"], codebook["x1"]["values"], codebook["x1"]["range"]));
        Assert.Equal(("Three", "0–10, step 0.1 (visual analogue)"), (codebook["x3"]["wording"], codebook["x3"]["range"]));
        Assert.Equal("", codebook["session"]["wording"]);

        using var longText = new StringWriter(CultureInfo.InvariantCulture);
        var longExport = await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(ExportFormat.Long, "test"), longText,
            CancellationToken.None);
        var markdown = Codebook.Markdown(longExport, "long.csv");
        Assert.Contains("| `x3` | Answer to item x3 | Three |  | 0–10, step 0.1 (visual analogue) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| `x1` | Answer to item x1 (near) | One | 1=Never; 4=Always | 1–4 |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyTheZipsSmallRecordsWaitForAnAsyncWriteTheDataPassesStraightThrough()
    {
        using var bytes = new MemoryStream();
        var target = new AsyncWriteStream(bytes);

        await ExportBundle.WriteZipAsync(ExportFormat.Long, target,
            (writer, ct) => DemoDataSet.WriteAsync(ExportFormat.Long, DemoDataSet.DefaultSeed, writer, ct), CancellationToken.None);
        await target.DrainAsync(CancellationToken.None);

        // What synchronous writes left (data descriptors, the central directory) is a few hundred bytes, a small part
        // of the zip (the compressed CSV came through WriteAsync), so a large study is never held in memory.
        Assert.InRange(target.LargestHeld, 1, 2_000);
        Assert.True(bytes.Length > 4 * target.LargestHeld, $"{bytes.Length} bytes in all, {target.LargestHeld} held");
        bytes.Position = 0;
        using var archive = new ZipArchive(bytes, ZipArchiveMode.Read);
        Assert.Equal(7, archive.Entries.Count);
    }

    private static string Read(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A write-only stream that cannot seek and refuses synchronous writes, as Kestrel's response body: the zip must be
    /// written front to back, asynchronously.
    /// </summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public byte[] Written => _bytes.ToArray();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _bytes.Length; set => throw new NotSupportedException(); }

        public override void Flush() => throw new InvalidOperationException("synchronous flush, as Kestrel refuses");

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("synchronous write, as Kestrel refuses");

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            _bytes.WriteAsync(buffer, cancellationToken);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            _bytes.WriteAsync(buffer, offset, count, cancellationToken);
    }
}
