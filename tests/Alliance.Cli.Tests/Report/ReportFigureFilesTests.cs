using System.Buffers.Binary;
using System.Xml.Linq;
using Alliance.Testing.Report;

namespace Alliance.Cli.Tests.Report;

/// <summary><c>alliance report</c> writes every figure as SVG and PNG (<c>--dpi</c>) with words in <c>--lang</c>.</summary>
public sealed class ReportFigureFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-report-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<(CliRun Run, string Output)> ReportAsync(params string[] options) => ReportOnAsync(LongCsvFixture.Create(), options);

    private async Task<(CliRun Run, string Output)> ReportOnAsync(string longCsv, params string[] options)
    {
        var input = Path.Combine(_root, "long.csv");
        await File.WriteAllTextAsync(input, longCsv);
        var output = Path.Combine(_root, "out-" + string.Join("-", options).Replace("--", "", StringComparison.Ordinal));
        return (await CliRun.RunAsync(["report", "--input", input, "--output", output, .. options]), output);
    }

    private static (uint Width, uint PixelsPerMetre) Png(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.Equal("pHYs", System.Text.Encoding.ASCII.GetString(bytes, 37, 4));
        return (BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(41)));
    }

    [Fact]
    public async Task EveryFigureIsWrittenAsSvgAndAs300DpiPngByDefault()
    {
        var (run, output) = await ReportAsync();

        Assert.True(run.ExitCode == 0, run.Stderr);
        var svgs = Directory.GetFiles(output, "*.svg").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        var pngs = Directory.GetFiles(output, "*.png").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(svgs);
        Assert.Equal(svgs, pngs);
        // The trajectories figure is two columns wide: 518 pt = 518 / 72 × 300 px.
        Assert.Equal((2158u, 11811u), Png(Path.Combine(output, "trajectories.png")));
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains("<code>trajectories.png</code>, <code>trajectories.svg</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DpiSixHundredDoublesThePixelsAndOtherValuesAreBadUsage()
    {
        var (run, output) = await ReportAsync("--dpi", "600");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal((4317u, 23622u), Png(Path.Combine(output, "trajectories.png")));

        var (bad, _) = await ReportAsync("--dpi", "450");
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public async Task LangDeWritesGermanChartWordsAndCaptions()
    {
        var (run, output) = await ReportAsync("--lang", "de");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var texts = XDocument.Load(Path.Combine(output, "ruptures.svg")).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("Sitzung", texts);
        Assert.Contains("Dyade D01", texts);
        Assert.DoesNotContain("Session", texts);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains("Verläufe je Dyade mit Rupturen", html, StringComparison.Ordinal);

        var (bad, _) = await ReportAsync("--lang", "fr");
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public async Task MoreDyadsThanOneFigureHoldsSplitTheDyadPanelsOverFiguresOnOneScale()
    {
        // 50 dyads: 48 in ruptures, 2 in ruptures-2 (a study of 176 dyads or more used to fail: one figure over 5,000 pt).
        var (run, output) = await ReportOnAsync(LongCsvFixture.Create(dyads: 50, sessions: 4));

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.False(File.Exists(Path.Combine(output, "ruptures-3.svg")));
        var first = Texts(Path.Combine(output, "ruptures.svg"));
        var second = Texts(Path.Combine(output, "ruptures-2.svg"));
        Assert.Equal(48, first.Count(t => t.StartsWith("Dyad D", StringComparison.Ordinal)));
        Assert.Equal(["Dyad D49", "Dyad D50"], second.Where(t => t.StartsWith("Dyad D", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(output, "ruptures-2.png")));
        // The y axis is the study's, not the part's: both parts carry the same tick labels.
        var ticks = (IEnumerable<string> texts) => texts.Where(t => double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _)).ToHashSet();
        Assert.Subset(ticks(first), ticks(second));
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains("Dyads 1–48 of 50.", html, StringComparison.Ordinal);
        Assert.Contains("Dyads 49–50 of 50.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("<code>ruptures.svg</code>", StringComparison.Ordinal) < html.IndexOf("<code>ruptures-2.svg</code>", StringComparison.Ordinal));
    }

    private static List<string> Texts(string svg) =>
        [.. XDocument.Load(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value)];
}
