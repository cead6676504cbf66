using System.IO.Compression;
using Alliance.Data.Demo;
using Alliance.Data.Export;

namespace Alliance.Data.Tests.Export;

/// <summary>The demo data set (as in <c>data/</c>) as an export bundle, unpacked into a temporary folder.</summary>
internal sealed class DemoBundle : IDisposable
{
    private DemoBundle(string folder, ExportResult result)
    {
        Folder = folder;
        Result = result;
    }

    public string Folder { get; }

    public ExportResult Result { get; }

    public string Stem => Result.Format.ToString().ToLowerInvariant();

    public string Read(string extension) => File.ReadAllText(Path.Combine(Folder, Stem + extension));

    public static async Task<DemoBundle> UnpackAsync(ExportFormat format)
    {
        using var zip = new MemoryStream();
        var result = await ExportBundle.WriteAsync(format, zip,
            (writer, ct) => DemoDataSet.WriteAsync(format, DemoDataSet.DefaultSeed, writer, ct), CancellationToken.None);
        zip.Position = 0;
        var folder = Directory.CreateTempSubdirectory("alliance-bundle").FullName;
        ZipFile.ExtractToDirectory(zip, folder);
        return new DemoBundle(folder, result);
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
