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

    /// <summary>A shipped definition copied into the temp directory with each edit made (each must apply).</summary>
    private string WriteCopy(string shipped, string name, params (string From, string To)[] edits)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryInstruments(), shipped));
        foreach (var (from, to) in edits)
        {
            Assert.Contains(from, text, StringComparison.Ordinal);
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
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
            .Replace("\"version\": \"1.2.0\"", "\"version\": \"1\"", StringComparison.Ordinal));
        var run = await CliRun.RunAsync("instruments", "validate", good, bad);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("OK wa-client.json", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("wa-broken.json: $.version: '1' is not valid here", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("wa-broken.json: $.items[3].scale: unknown scale 'freq7'", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(13, run.Stderr.Split('\n').Count(l => l.StartsWith("wa-broken.json: ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ListJsonNamesEachInstrumentsConstructAndParallelForm()
    {
        var run = await CliRun.RunAsync("instruments", "list", "--json");
        using var doc = JsonDocument.Parse(run.Stdout);
        var instruments = doc.RootElement.GetProperty("instruments").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal("working-alliance", instruments["wa-client"].GetProperty("construct").GetString());
        Assert.Equal("wa-therapist", instruments["wa-client"].GetProperty("parallel_form").GetString());
        Assert.Equal("wa-client", instruments["wa-therapist"].GetProperty("parallel_form").GetString());
        Assert.Equal(JsonValueKind.Null, instruments["session-vas"].GetProperty("parallel_form").ValueKind);
    }

    [Fact]
    public async Task ValidateFindsADeclaredParallelFormAmongTheFilesGiven()
    {
        var client = WriteCopy("wa-client.json", "my-client.json", ("\"id\": \"wa-client\"", "\"id\": \"my-client\""), ("\"parallel_form\": \"wa-therapist\"", "\"parallel_form\": \"my-therapist\""));
        var therapist = WriteCopy("wa-therapist.json", "my-therapist.json", ("\"id\": \"wa-therapist\"", "\"id\": \"my-therapist\""), ("\"parallel_form\": \"wa-client\"", "\"parallel_form\": \"my-client\""));
        var run = await CliRun.RunAsync("instruments", "validate", client, therapist);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Contains("OK my-client.json: my-client 1.2.0", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("OK my-therapist.json: my-therapist 1.2.0", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateReportsAParallelFormThatIsMissing()
    {
        var client = WriteCopy("wa-client.json", "my-client.json", ("\"id\": \"wa-client\"", "\"id\": \"my-client\""), ("\"parallel_form\": \"wa-therapist\"", "\"parallel_form\": \"my-therapist\""));
        var run = await CliRun.RunAsync("instruments", "validate", client);
        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("OK ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("my-client.json: $.parallel_form: parallel form 'my-therapist' not found among the definitions checked or the shipped instruments", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("alliance: 1 of 1 file(s) invalid, 1 problem(s)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ValidateReportsAParallelFormOfTheSameRater()
    {
        var client = WriteCopy("wa-client.json", "my-client.json", ("\"id\": \"wa-client\"", "\"id\": \"my-client\""), ("\"parallel_form\": \"wa-therapist\"", "\"parallel_form\": \"my-other\""));
        var other = WriteCopy("wa-client.json", "my-other.json", ("\"id\": \"wa-client\"", "\"id\": \"my-other\""), ("\"parallel_form\": \"wa-therapist\"", "\"parallel_form\": \"my-client\""));
        var run = await CliRun.RunAsync("instruments", "validate", "--json", client, other);
        Assert.Equal(2, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        var files = doc.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.All(files, f => Assert.False(f.GetProperty("ok").GetBoolean()));
        var problem = Assert.Single(files[0].GetProperty("problems").EnumerateArray().ToList());
        Assert.Equal("$.parallel_form", problem.GetProperty("path").GetString());
        Assert.Equal("'my-other' is rated by client; the parallel form of this client form must be rated by the therapist alone", problem.GetProperty("message").GetString());
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
