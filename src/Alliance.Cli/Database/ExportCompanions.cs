using Alliance.Data.Export;

namespace Alliance.Cli.Database;

/// <summary>
/// The files an export writes beside its CSV (<c>wide.csv</c> → <c>wide.codebook.csv</c>, <c>wide.codebook.md</c>,
/// <c>wide.R</c>, <c>wide.sps</c>): one home for <c>export --output</c> and <c>demo --write-data</c>.
/// </summary>
internal static class ExportCompanions
{
    /// <summary>Writes the companions of <paramref name="file"/> and returns their common stem.</summary>
    public static async Task<string> WriteAsync(FileInfo file, ExportResult result, CancellationToken ct)
    {
        var stem = Path.Combine(file.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(file.Name));
        await File.WriteAllTextAsync(stem + ".codebook.csv", Codebook.Csv(result), ct);
        await File.WriteAllTextAsync(stem + ".codebook.md", Codebook.Markdown(result, file.Name), ct);
        await File.WriteAllTextAsync(stem + ".R", AnalysisScripts.R(result, file.Name), ct);
        await File.WriteAllTextAsync(stem + ".sps", AnalysisScripts.Spss(result, file.Name), ct);
        return stem;
    }
}
