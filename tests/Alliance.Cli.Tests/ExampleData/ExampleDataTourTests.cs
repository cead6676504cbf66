using System.Text.Json;

namespace Alliance.Cli.Tests.ExampleData;

/// <summary>The README's CLI tour on <c>data/</c>: every command reads the committed files, none needs a database.</summary>
public sealed class ExampleDataTourTests : IDisposable
{
    private static readonly string Wide = RepositoryData.File("wide.csv");
    private static readonly string Dyadic = RepositoryData.File("dyadic.csv");
    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-example-tour-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ReliabilityReadsTheAllianceItemsOfBothForms()
    {
        var json = await JsonAsync("reliability", "--input", Wide, "--items", "a1,a2,a3,a4,a5,a6,a7,a8,a9");

        Assert.Equal(9, json.GetProperty("k").GetInt32());
        // 24 dyads × sessions 3, 6, 10 × client and therapist forms; the session-check rows have no a-items, and only
        // the optional a9 is ever skipped.
        var n = json.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("item").GetString()!, i => i.GetProperty("n").GetInt32());
        Assert.All(n.Where(i => i.Key != "a9"), i => Assert.Equal(144, i.Value));
        Assert.InRange(n["a9"], 130, 143);
        Assert.InRange(json.GetProperty("raw_alpha").GetDouble(), 0.7, 0.95);
    }

    [Fact]
    public async Task AgreementPairsTheWorkingAllianceRowsOnly()
    {
        var json = await JsonAsync("agreement", "--input", Dyadic, "--columns", "client_total,therapist_total");

        Assert.Equal(72, json.GetProperty("n").GetInt32());
        Assert.Equal(2, json.GetProperty("k").GetInt32());
        Assert.Equal(JsonValueKind.Object, json.GetProperty("bland_altman").ValueKind);
    }

    [Fact]
    public async Task DescribeSplitsTheAllianceTotalsByArm()
    {
        var json = await JsonAsync("describe", "--input", Wide, "--columns",
            "demo_alliance_client_total,demo_alliance_therapist_total", "--by", "arm");

        var groups = json.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(4, groups.Count);
        Assert.All(groups, g => Assert.Equal(36, g.GetProperty("n").GetInt32()));
        Assert.Equal(["feedback", "usual-care"], groups.Select(g => g.GetProperty("group").GetProperty("arm").GetString()).Distinct());
    }

    [Fact]
    public async Task MixedModelFitsTheSessionCheckOfEveryClient()
    {
        var json = await JsonAsync("mixed", "--input", Wide, "--formula",
            "session_vas_total ~ session + (1 + session | client) + (1 | therapist)");

        Assert.Equal(240, json.GetProperty("n_obs").GetInt32());
        Assert.Equal(24, json.GetProperty("groups").GetProperty("client").GetInt32());
        Assert.Equal(6, json.GetProperty("groups").GetProperty("therapist").GetInt32());
    }

    [Fact]
    public async Task RupturesFindsTheSimulatedDrops()
    {
        var json = await JsonAsync("ruptures", "--input", Wide, "--client", "dyad", "--session", "session", "--score", "session_vas_total");

        Assert.Equal(24, json.GetProperty("clients").GetInt32());
        Assert.True(json.GetProperty("thresholds")[0].GetProperty("n_ruptures").GetInt32() > 0);
    }

    [Fact]
    public async Task ReportReadsTheLongFile()
    {
        var output = Path.Combine(_dir, "report");
        var run = await CliRun.RunAsync("report", "--input", RepositoryData.File("long.csv"), "--output", output);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("<h2>Trajectories</h2>", await File.ReadAllTextAsync(Path.Combine(output, "report.html")), StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(output, "*.svg"));
    }

    private static async Task<JsonElement> JsonAsync(params string[] args)
    {
        var run = await CliRun.RunAsync([.. args, "--json"]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var document = JsonDocument.Parse(run.Stdout);
        return document.RootElement.Clone();
    }
}
