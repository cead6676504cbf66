using System.Text.Json;
using Alliance.Cli;

namespace Alliance.Cli.Tests.Multilevel;

/// <summary>Expected numbers: lme4 1.1-31 fits in tests/Alliance.Analysis.Tests/TestData/mixed/lme4_reference.csv.</summary>
public sealed class MultilevelCommandTests
{
    private static readonly string Alliance = Path.Combine(AppContext.BaseDirectory, "TestData", "mixed", "alliance.csv");

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var run = await global::Alliance.Cli.Tests.CliRun.RunAsync(args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    [Fact]
    public async Task VarianceJsonCarriesSharesAndTheUnderlyingModel()
    {
        var (code, output, _) = await RunAsync("multilevel", "variance", "--input", Alliance, "--json");
        Assert.Equal(0, code);
        var root = JsonDocument.Parse(output).RootElement;
        var model = root.GetProperty("model");
        Assert.Equal(20, model.GetProperty("groups").GetProperty("therapist").GetInt32());
        Assert.Equal(120, model.GetProperty("groups").GetProperty("client:therapist").GetInt32());
        var therapistSd = model.GetProperty("random").EnumerateArray().Single(r => r.GetProperty("group").GetString() == "therapist").GetProperty("sd").GetDouble();
        Assert.Equal(therapistSd * therapistSd, root.GetProperty("therapist_variance").GetDouble(), 12);
        Assert.InRange(root.GetProperty("icc_client").GetDouble(), root.GetProperty("icc_therapist").GetDouble(), 1);
    }

    [Fact]
    public async Task LaggedModelReportsTheWithinPatientCoefficient()
    {
        var (code, output, _) = await RunAsync("multilevel", "lagged", "--input", Alliance, "--json");
        Assert.Equal(0, code);
        var within = JsonDocument.Parse(output).RootElement.GetProperty("within");
        Assert.Equal("alliance_within", within.GetProperty("term").GetString());
        Assert.Equal(0.448552422079084, within.GetProperty("estimate").GetDouble(), 1e-5);
    }

    [Fact]
    public async Task LaggedModelOnDataItCannotIdentifyExitsWithTwoNamingTheTermAndTheFile()
    {
        // The alliance score never varies within a client, so its within-client part is zero and lme4 drops it.
        var csv = Analyses.CliRun.TempCsv("client,session,alliance,symptoms\n" + string.Join("\n", Enumerable.Range(0, 40).Select(i =>
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"c{i % 8},{i / 8},{i % 8 + 1},{(i * 7 % 11) + 0.5 * (i / 8)}"))));
        var (code, _, error) = await RunAsync("multilevel", "lagged", "--input", csv);
        Assert.Equal(2, code);
        Assert.Contains(csv, error, StringComparison.Ordinal);
        Assert.Contains("'alliance_within' cannot be estimated: the fixed-effects model matrix is rank deficient", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownColumnFlagExitsWithTwo()
    {
        var (code, _, error) = await RunAsync("multilevel", "bwi", "--input", Alliance, "--outcome", "outcome");
        Assert.Equal(2, code);
        Assert.Contains("--outcome: no column named 'outcome'", error, StringComparison.Ordinal);
    }
}
