using Alliance.Data.Export;

namespace Alliance.Cli.Database;

/// <summary>
/// Writes the files an export has beside its CSV (<see cref="CompanionFile.Of"/>: <c>wide.csv</c> →
/// <c>wide.codebook.csv</c>, <c>wide.codebook.md</c>, <c>wide.R</c>, <c>wide.sps</c>, <c>wide.do</c>): one home for
/// <c>export --output</c> and <c>demo --write-data</c>.
/// </summary>
internal static class ExportCompanions
{
    /// <summary>Writes the companions of <paramref name="file"/> and returns their common stem.</summary>
    public static async Task<string> WriteAsync(FileInfo file, ExportResult result, CancellationToken ct)
    {
        var folder = file.DirectoryName ?? ".";
        foreach (var companion in CompanionFile.Of(result, file.Name))
        {
            await File.WriteAllTextAsync(Path.Combine(folder, companion.Name), companion.Text, ct);
        }
        return Path.Combine(folder, Path.GetFileNameWithoutExtension(file.Name));
    }
}
