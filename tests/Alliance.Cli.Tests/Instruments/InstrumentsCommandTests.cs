using System.Text.Json;

namespace Alliance.Cli.Tests.Instruments;

public sealed class InstrumentsCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-cli-instruments-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string RepositoryInstruments()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Alliance.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir.FullName, "instruments");
    }

    [Fact]
    public async Task ListPrintsEveryShippedInstrumentAndFlagsMissingLicensedText()
    {
        var run = await CliRun.RunAsync("instruments", "list");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wa-client", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("13 instruments", run.Stdout, StringComparison.Ordinal);
        var srsLine = run.Stdout.Split('\n').Single(l => l.StartsWith("srs ", StringComparison.Ordinal));
        Assert.Contains("item text not installed", srsLine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListJsonIsOneDocumentDescribingEveryInstrument()
    {
        var run = await CliRun.RunAsync("instruments", "list", "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var instruments = doc.RootElement.GetProperty("instruments").EnumerateArray().ToList();
        Assert.Equal(13, instruments.Count);
        var wai = instruments.Single(i => i.GetProperty("id").GetString() == "wai-sr");
        Assert.False(wai.GetProperty("item_text_installed").GetBoolean());
        Assert.StartsWith("sha256:", wai.GetProperty("content_hash").GetString(), StringComparison.Ordinal);
        Assert.Equal(12, wai.GetProperty("items").GetInt32());
    }

    [Fact]
    public async Task ValidatePassesEveryShippedDefinitionAndSkipsTheSchema()
    {
        var files = Directory.GetFiles(RepositoryInstruments(), "*.json");
        var run = await CliRun.RunAsync(["instruments", "validate", .. files]);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(files.Length - 1, run.Stdout.Split('\n').Count(l => l.StartsWith("OK ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ValidateBrokenFileExitsTwoAndPrintsEveryProblemWithFileAndPath()
    {
        var good = Path.Combine(RepositoryInstruments(), "wa-client.json");
        var bad = Path.Combine(_dir, "wa-broken.json");
        File.WriteAllText(bad, File.ReadAllText(good)
            .Replace("\"scale\": \"freq5\"", "\"scale\": \"freq7\"", StringComparison.Ordinal)
            .Replace("\"version\": \"1.1.0\"", "\"version\": \"1\"", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("instruments", "validate", good, bad);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("OK wa-client.json", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("wa-broken.json: $.version: '1' is not valid here", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("wa-broken.json: $.items[3].scale: unknown scale 'freq7'", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(13, run.Stderr.Split('\n').Count(l => l.StartsWith("wa-broken.json: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ValidateMalformedJsonNamesLineAndPosition()
    {
        var bad = Path.Combine(_dir, "broken.json");
        File.WriteAllText(bad, """
            {
              "id": "x"
              "version": "1.0.0"
            }
            """);
        var run = await CliRun.RunAsync("instruments", "validate", bad);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("broken.json: line 3, position 3: malformed JSON", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateJsonReportsProblemsPerFile()
    {
        var bad = Path.Combine(_dir, "empty.json");
        File.WriteAllText(bad, "{}");
        var run = await CliRun.RunAsync("instruments", "validate", "--json", bad);
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var file = Assert.Single(doc.RootElement.GetProperty("files").EnumerateArray().ToList());
        Assert.False(file.GetProperty("ok").GetBoolean());
        Assert.Contains(file.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString() == "missing required field 'id'");
    }

    [Fact]
    public async Task ValidateNeedsAtLeastOnePath()
    {
        var run = await CliRun.RunAsync("instruments", "validate");
        Assert.Equal(2, run.ExitCode);
    }
}
