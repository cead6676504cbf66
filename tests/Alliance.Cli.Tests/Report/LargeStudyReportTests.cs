using System.Globalization;
using System.Xml.Linq;
using Alliance.Analysis.Ruptures;
using Alliance.Analysis.Tabular;
using Alliance.Cli.Tests.Database;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Alliance.Instruments;
using Alliance.Testing.Databases;

namespace Alliance.Cli.Tests.Report;

/// <summary>
/// <c>alliance report --study</c> on the 2,000-dyad seed (<see cref="LargeStudyDatabase"/>, issue #21 item 4): the report
/// is written, every figure is within the renderer's 72–5,000 pt, and the per-dyad figures hold exactly the dyads with a
/// rupture episode (the default above 480 dyads), those and the dyads with an alert (<c>--dyads flagged</c>), or every
/// dyad (<c>--dyads all</c>). The expected dyads are worked out here from the wide export's stored scores, not by the
/// report's code.
/// </summary>
[Collection(SharedConnectionVariable.Name)]
public sealed class LargeStudyReportTests(LargeStudyDatabase database) : IClassFixture<LargeStudyDatabase>, IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-large-report-").FullName;
    private string? _previous;

    public Task InitializeAsync()
    {
        _previous = Environment.GetEnvironmentVariable(AllianceConnection.Variable);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, database.ConnectionString);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _previous);
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ByDefaultTheDyadFiguresOfALargeStudyHoldExactlyTheDyadsWithARuptureAndTheReportSaysSo()
    {
        var expected = await ExpectedDyadsAsync();
        var (run, output) = await ReportAsync();

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.InRange(expected.Ruptures.Count, 1, expected.All.Count - 1);
        Assert.Equal(expected.Ruptures.Order(StringComparer.Ordinal), PanelDyads(output));
        FiguresAreWithinTheRenderersLimits(output);
        var (shown, all, left) = (expected.Ruptures.Count, expected.All.Count, expected.All.Count - expected.Ruptures.Count);
        Assert.Contains($"per-dyad panels: the {shown} of {all} dyads that have a rupture episode, {left} left out (--dyads ruptures, the default above 480 dyads)",
            run.Stderr, StringComparison.Ordinal);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains($"The per-dyad figures show the {shown} of {all} dyads that have a rupture episode. {left} dyads are left out "
            + "(<code>--dyads ruptures, the default above 480 dyads</code>;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DyadsFlaggedDrawsTheDyadsWithARuptureOrAnAlert()
    {
        var expected = await ExpectedDyadsAsync();
        var (run, output) = await ReportAsync("--dyads", "flagged");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var flagged = expected.Ruptures.Union(expected.Alerted).ToHashSet(StringComparer.Ordinal);
        Assert.True(flagged.Count > expected.Ruptures.Count, "the seed has alerts outside the rupture dyads");
        Assert.Equal(flagged.Order(StringComparer.Ordinal), PanelDyads(output));
        FiguresAreWithinTheRenderersLimits(output);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains($"The per-dyad figures show the {flagged.Count} of {expected.All.Count} dyads that have a rupture episode or an alert; ",
            html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DyadsAllDrawsEveryDyadOverAsManyFiguresAsNeeded()
    {
        var expected = await ExpectedDyadsAsync();
        var (run, output) = await ReportAsync("--dyads", "all");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(expected.All.Order(StringComparer.Ordinal), PanelDyads(output));
        Assert.True(File.Exists(Path.Combine(output, $"ruptures-{(expected.All.Count + 47) / 48}.svg")));
        FiguresAreWithinTheRenderersLimits(output);
        var html = await File.ReadAllTextAsync(Path.Combine(output, "report.html"));
        Assert.Contains($"The per-dyad figures show all {expected.All.Count} dyads (<code>--dyads all</code>).", html, StringComparison.Ordinal);
    }

    private async Task<(CliRun Run, string Output)> ReportAsync(params string[] options)
    {
        var output = Path.Combine(_root, options.Length == 0 ? "default" : options[^1]);
        var study = database.Study.StudyId.ToString(CultureInfo.InvariantCulture);
        return (await CliRun.RunAsync(["report", "--study", study, "--output", output, .. options]), output);
    }

    /// <summary>The dyad of every panel of the per-dyad figures, in figure order.</summary>
    private static List<string> PanelDyads(string output) =>
    [
        .. Directory.GetFiles(output, "ruptures*.svg").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => XDocument.Load(f).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value))
            .Where(t => t.StartsWith("Dyad ", StringComparison.Ordinal)).Select(t => t["Dyad ".Length..]),
    ];

    private static void FiguresAreWithinTheRenderersLimits(string output)
    {
        foreach (var svg in Directory.GetFiles(output, "*.svg"))
        {
            var root = XDocument.Load(svg).Root!;
            foreach (var size in new[] { root.Attribute("width")!.Value, root.Attribute("height")!.Value })
            {
                var points = double.Parse(size.TrimEnd('p', 't', 'x'), CultureInfo.InvariantCulture);
                Assert.True(points is >= 72 and <= 5000, $"{Path.GetFileName(svg)}: {size}");
            }
        }
    }

    /// <summary>
    /// From the wide export: the dyads with a total on the followed client form (the first client instrument by id) or its
    /// declared parallel therapist form, and among them those with a rupture episode by <see cref="RupturePolicy"/> in the
    /// client totals and those whose latest client form of an instrument with cutoffs meets one.
    /// </summary>
    private async Task<(HashSet<string> Ruptures, HashSet<string> Alerted, HashSet<string> All)> ExpectedDyadsAsync()
    {
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        await StudyExport.WriteAsync(database.ConnectionString, database.Study.StudyId, new ExportOptions(ExportFormat.Wide, "test"), csv, CancellationToken.None);
        var table = CsvTable.Read(new StringReader(csv.ToString()), "wide");
        var (dyads, sessions, roles, instruments) = (table.Text("dyad"), table.Numeric("session"), table.Text("role"), table.Text("instrument"));
        var rows = Enumerable.Range(0, table.RowCount).ToList();
        var followed = rows.Where(r => roles[r] == "client").Select(r => instruments[r]!).Order(StringComparer.Ordinal).First();
        var catalog = InstrumentCatalog.Shipped;
        var partner = catalog.Instruments.FirstOrDefault(t => ParallelForms.AreDeclaredPair(catalog.Find(followed)!, t))?.Id;
        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        double Score(int r, string score)
        {
            var name = $"{instruments[r]!.Replace('-', '_')}_{score}";
            return (columns.TryGetValue(name, out var column) ? column : columns[name] = table.Numeric(name))[r];
        }
        double Total(int r) => Score(r, "total");

        var client = rows.Where(r => roles[r] == "client" && instruments[r] == followed && !double.IsNaN(Total(r))).ToList();
        var all = client.Concat(rows.Where(r => roles[r] == "therapist" && instruments[r] == partner && !double.IsNaN(Total(r))))
            .Select(r => dyads[r]!).ToHashSet(StringComparer.Ordinal);
        var ruptures = RupturePolicy.Detect(client.Select(r => new SessionScore(dyads[r]!, sessions[r], Total(r)))).Episodes
            .Select(e => e.Client).ToHashSet(StringComparer.Ordinal);
        var alerted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var latest in rows.Where(r => roles[r] == "client" && catalog.Find(instruments[r]!)!.Cutoffs.Count > 0)
            .GroupBy(r => (dyads[r], instruments[r])).Select(g => g.OrderBy(r => sessions[r]).Last()))
        {
            if (catalog.Find(instruments[latest]!)!.Cutoffs.Any(c => c.IsMet(Score(latest, c.ScoreId))))
            {
                alerted.Add(dyads[latest]!);
            }
        }
        ruptures.IntersectWith(all);
        alerted.IntersectWith(all);
        return (ruptures, alerted, all);
    }
}
