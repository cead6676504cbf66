using System.Text.Json;
using Alliance.Cli;

namespace Alliance.Cli.Tests.Ruptures;

public sealed class RupturesCommandTests : IDisposable
{
    // Client a: V-shaped drop of 3 at session 2, back at session 3. Client b: flat. Pooled within-client SD and
    // SD of client means are computed by hand below.
    private const string Csv = """
        client,session,wai
        a,1,6
        a,2,3
        a,3,6
        a,4,6
        b,1,5
        b,2,5
        b,3,5
        b,4,5
        """;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"ruptures-{Guid.NewGuid():N}.csv");

    public RupturesCommandTests() => File.WriteAllText(_path, Csv);

    public void Dispose() => File.Delete(_path);

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var run = await global::Alliance.Cli.Tests.CliRun.RunAsync(args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    [Fact]
    public async Task JsonReportsBothThresholdsWithEpisodes()
    {
        var (code, output, _) = await RunAsync("ruptures", "--input", _path, "--client", "client", "--session", "session", "--score", "wai", "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        // within: a mean 5.25, squares 0.5625·3 + 5.0625 = 6.75; b 0; N − clients = 6 → √1.125.
        Assert.Equal(Math.Sqrt(1.125), root.GetProperty("within_sd").GetDouble(), 12);
        // between: means 5.25 and 5 → SD √(2·0.125²) = 0.1767…
        Assert.Equal(Math.Sqrt(2 * 0.125 * 0.125), root.GetProperty("between_sd").GetDouble(), 12);
        var thresholds = root.GetProperty("thresholds");
        Assert.Equal([1.0, 2.0], thresholds.EnumerateArray().Select(t => t.GetProperty("k").GetDouble()));
        var episode = thresholds[1].GetProperty("episodes")[0];
        Assert.Equal("a", episode.GetProperty("client").GetString());
        Assert.Equal(2, episode.GetProperty("session").GetDouble());
        Assert.Equal(3, episode.GetProperty("depth").GetDouble());
        Assert.True(episode.GetProperty("repaired").GetBoolean());
        Assert.Equal(3, episode.GetProperty("repair_session").GetDouble());
    }

    [Fact]
    public async Task SingleThresholdSummaryNamesTheEpisode()
    {
        var (code, output, _) = await RunAsync("ruptures", "--input", _path, "--client", "client", "--session", "session", "--score", "wai", "--k", "2");
        Assert.Equal(0, code);
        Assert.Contains("k = 2: 1 ruptures", output, StringComparison.Ordinal);
        Assert.Contains("a: session 1 → 2", output, StringComparison.Ordinal);
        Assert.DoesNotContain("k = 1", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownScoreColumnExitsWithTwo()
    {
        var (code, _, error) = await RunAsync("ruptures", "--input", _path, "--client", "client", "--session", "session", "--score", "srs");
        Assert.Equal(2, code);
        Assert.Contains("no column named 'srs'", error, StringComparison.Ordinal);
    }
}
