using System.Text.Json;

namespace Alliance.Cli.Tests.Instruments;

public sealed class ScoreCommandTests : IDisposable
{
    private const string WaHeader = "participant,session,wa1,wa2,wa3,wa4,wa5,wa6,wa7,wa8,wa9,wa10,wa11,wa12";
    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-cli-score-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task ScoresWorkingAllianceRowsWithPassThroughColumnsStatusAndProration()
    {
        var input = Write("wa.csv", $"""
            {WaHeader}
            p1,1,5,4,4,5,3,4,5,4,4,5,4,5
            p2,1,1,,,2,,,3,,,2,,
            p3,2,5,4,NA,5,3,4,5,4,4,5,4,
            """);
        var output = Path.Combine(_dir, "scored.csv");
        var run = await CliRun.RunAsync("score", "--instrument", "wa-client", "--input", input, "--output", output);
        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal("participant,session,goal,task,bond,total,goal_status,task_status,bond_status,total_status", lines[0]);
        // p1: goal = (5+5+5+5)/4, task = (4+3+4+4)/4, bond = (4+4+4+5)/4, total = 52/12 rounded to 10 decimals
        Assert.Equal("p1,1,5,3.75,4.25,4.3333333333,complete,complete,complete,complete", lines[1]);
        Assert.Equal("p2,1,2,,,,complete,\"not scorable: 0 of 4 items answered, at least 3 needed\",\"not scorable: 0 of 4 items answered, at least 3 needed\",\"not scorable: 4 of 12 items answered, at least 9 needed\"", lines[2]);
        // p3: bond lacks wa3 and wa12 (2 of 4); total = (5+4+5+3+4+5+4+4+5+4)/10
        Assert.Equal("p3,2,5,3.75,,4.3,complete,complete,\"not scorable: 2 of 4 items answered, at least 3 needed\",mean of 10 of 12 items", lines[3]);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public async Task SumScoresAreProratedAndAlertsAreFlagged()
    {
        var input = Write("vas.csv", """
            client,sv1,sv2,sv3,sv4
            a,9.5,9.1,8.7,9
            b,7.3,8.1,9.2,
            c,10,10,10,10
            d,1,,,
            """);
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("client,total,total_status,alert_low-session", lines[0]);
        Assert.Equal("a,36.3,complete,0", lines[1]);
        // b: (7.3 + 8.1 + 9.2) / 3 × 4 = 32.8, below the default cutoff 36
        Assert.Equal("b,32.8,prorated: 3 of 4 items answered,1", lines[2]);
        Assert.Equal("c,40,complete,0", lines[3]);
        Assert.Equal("d,,\"not scorable: 1 of 4 items answered, at least 3 needed\",", lines[4]);
    }

    [Fact]
    public async Task CutoffThresholdCanBeSetOnTheCommandLine()
    {
        var input = Write("vas.csv", "client,sv1,sv2,sv3,sv4\nb,7.3,8.1,9.2,\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input, "--cutoff", "low-session=30");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("b,32.8,prorated: 3 of 4 items answered,0", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownCutoffIdIsBadInput()
    {
        var input = Write("vas.csv", "client,sv1,sv2,sv3,sv4\nb,7.3,8.1,9.2,\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input, "--cutoff", "low=30");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cutoff: session-vas has no cutoff 'low'; it has: low-session", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNumericCellExitsTwoNamingFileLineAndColumn()
    {
        var input = Write("bad.csv", $"""
            {WaHeader}
            p1,1,5,4,4,5,3,4,5,4,4,5,4,5
            p2,1,5,4,4,five,3,4,5,4,4,5,4,5
            """);
        var run = await CliRun.RunAsync("score", "--instrument", "wa-client", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"alliance: {input}:3:6: 'five' in column 'wa4' is not a number", run.Stderr.TrimEnd());
    }

    [Fact]
    public async Task OutOfRangeAnswerExitsTwoNamingTheItemAndWritesNoOutput()
    {
        var input = Write("bad.csv", $"""
            {WaHeader}
            p1,1,5,4,4,5,3,4,5,4,4,5,4,5
            p2,1,5,4,4,5,3,4,5,4,4,5,4,6
            """);
        var output = Path.Combine(_dir, "scored.csv");
        var run = await CliRun.RunAsync("score", "--instrument", "wa-client", "--input", input, "--output", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"alliance: {input}:3:14: item 'wa12': 6 is out of range; accepted: 1 to 5 in steps of 1", run.Stderr.TrimEnd());
        Assert.False(File.Exists(output));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public async Task OffStepAnswerExitsTwoNamingTheItem()
    {
        var input = Write("bad.csv", "sv1,sv2,sv3,sv4\n9.55,9,9,9\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(":2:1: item 'sv1': 9.55 is not on the scale's step", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingItemColumnIsBadInput()
    {
        var input = Write("short.csv", "sv1,sv2,sv3\n9,9,9\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{input}:1: no column 'sv4' for item 4 of session-vas", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PassThroughColumnClashingWithAScoreColumnIsBadInput()
    {
        var input = Write("clash.csv", "total,sv1,sv2,sv3,sv4\n1,9,9,9,9\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{input}:1:1: column 'total' would clash", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInstrumentIsBadInputListingTheKnownIds()
    {
        var input = Write("x.csv", "a\n1\n");
        var run = await CliRun.RunAsync("score", "--instrument", "wai", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--instrument: no shipped instrument 'wai'; known:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingInputFileIsBadInput()
    {
        var run = await CliRun.RunAsync("score", "--instrument", "srs", "--input", Path.Combine(_dir, "nope.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("file not found", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstrumentCanBeADefinitionFile()
    {
        var definition = Write("two.json", """
            {
              "id": "two", "version": "0.1.0", "languages": ["en"],
              "title": {"en": "Two"}, "description": {"en": "Two items"}, "raters": ["observer"],
              "validated": false, "citation": "none", "licence": "CC0-1.0",
              "scales": [{"id": "n", "type": "numeric", "min": 0, "max": 100}],
              "items": [{"id": "x", "text": {"en": "X"}, "scale": "n"}, {"id": "y", "text": {"en": "Y"}, "scale": "n"}],
              "reverse_keyed": ["y"],
              "total": {"title": {"en": "Total"}, "scoring": "sum", "missing": {"min_answered": 1}}
            }
            """);
        var input = Write("two.csv", "x,y\n10,30\n10,\n");
        var run = await CliRun.RunAsync("score", "--instrument", definition, "--input", input);
        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.Equal("total,total_status", lines[0]);
        Assert.Equal("80,complete", lines[1]);                               // 10 + (0 + 100 − 30)
        Assert.Equal("20,prorated: 1 of 2 items answered", lines[2]);        // 10 × 2
    }

    [Fact]
    public async Task JsonOutputIsOneDocumentWithEveryRow()
    {
        var input = Write("vas.csv", "client,sv1,sv2,sv3,sv4\na,9.5,9.1,8.7,9\nd,1,,,\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input, "--json");
        Assert.Equal(0, run.ExitCode);
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal("session-vas", doc.RootElement.GetProperty("instrument").GetProperty("id").GetString());
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("a", rows[0].GetProperty("client").GetString());
        Assert.Equal(36.3, rows[0].GetProperty("scores").GetProperty("total").GetDouble(), 1e-9);
        Assert.False(rows[0].GetProperty("alerts").GetProperty("low-session").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("scores").GetProperty("total").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows[1].GetProperty("alerts").GetProperty("low-session").ValueKind);
        Assert.Equal(3, rows[1].GetProperty("line").GetInt32());
        Assert.Equal(2, doc.RootElement.GetProperty("n_rows").GetInt32());
    }

    [Fact]
    public async Task ScoreWithoutRequiredOptionsIsAUsageError()
    {
        var run = await CliRun.RunAsync("score", "--instrument", "srs");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--input", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JsonWithOutputWritesTheCsvFileAndPrintsTheDocument()
    {
        var input = Write("vas.csv", "client,sv1,sv2,sv3,sv4\na,9.5,9.1,8.7,9\n");
        var output = Path.Combine(_dir, "scored.csv");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input, "--output", output, "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["client,total,total_status,alert_low-session", "a,36.3,complete,0"], File.ReadAllLines(output));
        using var doc = JsonDocument.Parse(run.Stdout);
        Assert.Equal(1, doc.RootElement.GetProperty("n_rows").GetInt32());
    }

    [Fact]
    public async Task RowWithTheWrongNumberOfFieldsExitsTwoNamingTheLine()
    {
        var input = Write("ragged.csv", "client,sv1,sv2,sv3,sv4\na,9,9,9,9\nb,9,9,9\n");
        var run = await CliRun.RunAsync("score", "--instrument", "session-vas", "--input", input);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{input}:3:5: expected 5 fields as in the header, found 4", run.Stderr, StringComparison.Ordinal);
    }
}
