using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Alliance.Analysis.Reliability;
using Alliance.Analysis.Ruptures;
using Alliance.Analysis.Tabular;
using Alliance.Testing.Report;

namespace Alliance.Cli.Tests.Report;

public sealed partial class ReportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-report-").FullName;

    private string Input(string csv, string name = "long.csv")
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, csv);
        return path;
    }

    private string Output => Path.Combine(_root, "out");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ReportIsSelfContainedHtmlWithEverySectionAndItsFiguresAsSvgFiles()
    {
        var run = await CliRun.RunAsync("report", "--input", Input(LongCsvFixture.Create()), "--output", Output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("reading…", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("reliability…", run.Stderr, StringComparison.Ordinal);
        Assert.Matches(@"figures \d+/\d+…", run.Stderr);
        var html = await File.ReadAllTextAsync(Path.Combine(Output, "report.html"));
        XDocument.Load(XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }));
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "Descriptives", "Reliability", "Client–therapist agreement", "Trajectories", "Ruptures", "Subscale distributions" })
        {
            Assert.Contains($"<h2>{heading}</h2>", html, StringComparison.Ordinal);
        }
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(html.Contains("The mean curve is the model-implied mean", StringComparison.Ordinal), html[html.IndexOf("<h2>Trajectories", StringComparison.Ordinal)..][..600]);

        var svgs = Directory.GetFiles(Output, "*.svg");
        Assert.Equal(["agreement-scatter", "bland-altman", "distributions-client", "distributions-therapist", "ruptures", "trajectories"],
            svgs.Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
        Assert.Equal(svgs.Length, Regex.Count(html, "<figure>"));
        foreach (var svg in svgs)
        {
            var root = XDocument.Load(svg).Root!;
            Assert.Equal("svg", root.Name.LocalName);
            Assert.Contains($"<code>{Path.GetFileName(svg)}</code>)</figcaption>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AlphaOfTheGoalSubscaleMatchesTheLibraryOnTheSameAnswers()
    {
        var csv = LongCsvFixture.Create();
        var goal = new[] { "wa1", "wa4", "wa7", "wa10" };
        var answers = ClientAnswers(csv);
        var columns = goal.Select(i => answers.Values.Select(a => a.TryGetValue(i, out var v) ? v : double.NaN).ToArray()).ToArray();
        var expected = ScaleReliability.Compute(goal, columns);

        var run = await CliRun.RunAsync("report", "--input", Input(csv), "--output", Output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = await File.ReadAllTextAsync(Path.Combine(Output, "report.html"));
        var c = CultureInfo.InvariantCulture;
        Assert.Contains($"<td class=\"text\">wa-client</td><td class=\"text\">goal</td><td>{expected.N}</td><td>4</td><td>{expected.RawAlpha.ToString("F3", c)}</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RuptureEpisodesAreThoseTheDetectorFindsInClientItemMeans()
    {
        var csv = LongCsvFixture.Create();
        var scores = ClientAnswers(csv).Select(a => new SessionScore(a.Key.Dyad, a.Key.Session,
            a.Value.Values.Where(v => !double.IsNaN(v)).Average()));
        var expected = RuptureDetector.Detect(scores, new RuptureOptions { K = 2 });

        var run = await CliRun.RunAsync("report", "--input", Input(csv), "--output", Output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.NotEmpty(expected.Episodes);
        var html = await File.ReadAllTextAsync(Path.Combine(Output, "report.html"));
        Assert.Contains($"{expected.Episodes.Count} rupture episodes in 10 dyads, {expected.Repaired} repaired", html, StringComparison.Ordinal);
        foreach (var e in expected.Episodes)
        {
            Assert.Contains($"<tr><th scope=\"row\">{e.Client}</th><td>{e.PreSession}</td><td>{e.Session}</td>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnInstrumentUnknownToTheCatalogIsReportedAsOneScale()
    {
        var run = await CliRun.RunAsync("report", "--input", Input(LongCsvFixture.Create(clientInstrument: "local-form")), "--output", Output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = await File.ReadAllTextAsync(Path.Combine(Output, "report.html"));
        Assert.Contains("<code>local-form</code> has no instrument definition", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"text\">local-form</td><td class=\"text\">total</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithOneSessionPerDyadTheRawMeanIsDrawnAndTheReportSaysWhy()
    {
        var run = await CliRun.RunAsync("report", "--input", Input(LongCsvFixture.Create(dyads: 5, sessions: 1)), "--output", Output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var html = await File.ReadAllTextAsync(Path.Combine(Output, "report.html"));
        Assert.Contains("The mean curve is the raw mean per session: the mixed model", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Fixed effects of", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingColumnsAreBadInputNamingTheFile()
    {
        var path = Input("dyad,session,role,item\nD1,1,client,a1\n", "short.csv");

        var run = await CliRun.RunAsync("report", "--input", path, "--output", Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("short.csv", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("instrument, value", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public async Task AnUnreadableInputIsBadInputNamingTheFlag()
    {
        var run = await CliRun.RunAsync("report", "--input", Path.Combine(_root, "absent.csv"), "--output", Output);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("absent.csv", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANonEmptyOutputDirectoryIsRefusedUnlessForced()
    {
        Directory.CreateDirectory(Output);
        await File.WriteAllTextAsync(Path.Combine(Output, "keep.txt"), "x");
        var input = Input(LongCsvFixture.Create(dyads: 4, sessions: 4));

        var refused = await CliRun.RunAsync("report", "--input", input, "--output", Output);
        var forced = await CliRun.RunAsync("report", "--input", input, "--output", Output, "--force");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--output", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(Output, "report.html")));
    }

    [Fact]
    public async Task GivingBothOrNeitherSourceIsBadInput()
    {
        var neither = await CliRun.RunAsync("report", "--output", Output);
        var both = await CliRun.RunAsync("report", "--input", "x.csv", "--study", "1", "--output", Output);

        Assert.Equal(2, neither.ExitCode);
        Assert.Equal(2, both.ExitCode);
        Assert.Contains("--input", both.Stderr, StringComparison.Ordinal);
    }

    /// <summary>Client answers per dyad-session, read independently of the report code.</summary>
    private static SortedDictionary<(string Dyad, int Session), Dictionary<string, double>> ClientAnswers(string csv)
    {
        var table = CsvTable.Read(new StringReader(csv), "fixture");
        var result = new SortedDictionary<(string Dyad, int Session), Dictionary<string, double>>();
        var (dyads, sessions, roles, items, values) = (table.Text("dyad"), table.Numeric("session"), table.Text("role"), table.Text("item"), table.Numeric("value"));
        for (var r = 0; r < table.RowCount; r++)
        {
            if (roles[r] == "client")
            {
                var key = (dyads[r]!, (int)sessions[r]);
                if (!result.TryGetValue(key, out var answers))
                {
                    result[key] = answers = [];
                }
                answers[items[r]!] = values[r];
            }
        }
        return result;
    }

    [GeneratedRegex(@"(src|href)\s*=\s*""(https?:)?//|url\((?!#)|@import|<link", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
