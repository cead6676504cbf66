using System.Text.RegularExpressions;
using Alliance.Cli.Tests.ExampleData;

namespace Alliance.Cli.Tests.Report;

/// <summary>
/// The report's numbers did not move when it stopped holding the export as text (issue #21 item 4): its tables, the
/// scoring list and the rupture sentence on the repository's demo data (<c>data/long.csv</c>) equal those main ca22821
/// wrote before the change (<c>TestData/report/long-tables.html</c>, extracted as <see cref="Numbers"/> does).
/// </summary>
public sealed partial class ReportNumbersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-report-numbers-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task TablesScoringAndRuptureCountsOfTheDemoDataAreThoseOfTheReportBeforeStreaming()
    {
        var run = await CliRun.RunAsync("report", "--input", RepositoryData.File("long.csv"), "--output", _root, "--force");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = await File.ReadAllTextAsync(Path.Combine(_root, "report.html"));
        var before = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "report", "long-tables.html"));
        Assert.Equal(before, Numbers(html));
    }

    /// <summary>Every table, list and the rupture sentence of the page, in page order, one per line.</summary>
    private static string Numbers(string html) => string.Join("\n", NumberParts().Matches(html).Select(m => m.Value)) + "\n";

    [GeneratedRegex("<table>.*?</table>|<ul>.*?</ul>|<p>A rupture is .*?</p>", RegexOptions.Singleline)]
    private static partial Regex NumberParts();
}
