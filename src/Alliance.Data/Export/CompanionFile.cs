namespace Alliance.Data.Export;

/// <summary>
/// A file that goes with an export's CSV: its codebook and the syntax that reads it with labels. One home for the
/// set, used by the bundle (<see cref="ExportBundle"/>) and by the command line's <c>export --output</c> and
/// <c>demo --write-data</c>, which write them beside the CSV.
/// </summary>
/// <param name="Name">File name: the CSV's stem and an extension (<c>wide.csv</c> → <c>wide.codebook.csv</c>).</param>
/// <param name="Text">The file's content (UTF-8, no byte-order mark, <c>\n</c> line ends).</param>
public sealed record CompanionFile(string Name, string Text)
{
    /// <summary>
    /// The companions of <paramref name="csvFileName"/>: <c>.codebook.csv</c>, <c>.codebook.md</c>, <c>.R</c>,
    /// <c>.sps</c> (SPSS) and <c>.do</c> (Stata), each reading the CSV by that name from the same folder.
    /// </summary>
    public static IReadOnlyList<CompanionFile> Of(ExportResult export, string csvFileName)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(csvFileName);
        var stem = Path.GetFileNameWithoutExtension(csvFileName);
        return
        [
            new(stem + ".codebook.csv", Codebook.Csv(export)),
            new(stem + ".codebook.md", Codebook.Markdown(export, csvFileName)),
            new(stem + ".R", AnalysisScripts.R(export, csvFileName)),
            new(stem + ".sps", AnalysisScripts.Spss(export, csvFileName)),
            new(stem + ".do", AnalysisScripts.Stata(export, csvFileName)),
        ];
    }
}
