using System.Text.Json;
using Alliance.Cli;

namespace Alliance.Cli.Tests.Mixed;

public sealed class MixedCommandTests
{
    private static string Data(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "mixed", file);

    private static async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var run = await global::Alliance.Cli.Tests.CliRun.RunAsync(args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }

    [Fact]
    public async Task JsonHasTheContractFieldsWithLmerNumbers()
    {
        var (code, output, _) = await RunAsync("mixed", "--input", Data("sleepstudy.csv"), "--formula", "Reaction ~ Days + (Days | Subject)", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("Reaction ~ Days + (Days | Subject)", root.GetProperty("formula").GetString());
        Assert.True(root.GetProperty("reml").GetBoolean());
        Assert.Equal(180, root.GetProperty("n_obs").GetInt32());
        Assert.Equal(18, root.GetProperty("groups").GetProperty("Subject").GetInt32());
        var intercept = root.GetProperty("fixed")[0];
        Assert.Equal("(Intercept)", intercept.GetProperty("term").GetString());
        Assert.Equal(251.4051048485, intercept.GetProperty("estimate").GetDouble(), 1e-7);
        Assert.Equal(6.82459669495, intercept.GetProperty("std_error").GetDouble(), 1e-4);
        Assert.Equal(36.8380896463, intercept.GetProperty("t").GetDouble(), 1e-3);
        var random = root.GetProperty("random");
        Assert.Equal("Subject", random[1].GetProperty("group").GetString());
        Assert.Equal("Days", random[1].GetProperty("term").GetString());
        Assert.Equal(5.9221376588981, random[1].GetProperty("sd").GetDouble(), 1e-4);
        var correlation = root.GetProperty("correlations")[0];
        Assert.Equal(["(Intercept)", "Days"], correlation.GetProperty("terms").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(0.0655512382381, correlation.GetProperty("r").GetDouble(), 1e-5);
        Assert.Equal(25.5917957216753, root.GetProperty("residual_sd").GetDouble(), 1e-4);
        Assert.Equal(1743.62827196, root.GetProperty("reml_criterion").GetDouble(), 1e-6);
        Assert.Equal(-871.81413598, root.GetProperty("log_likelihood").GetDouble(), 1e-6);
        Assert.Equal(1755.62827196, root.GetProperty("aic").GetDouble(), 1e-6);
        Assert.True(root.GetProperty("deviance").GetDouble() > 0);
        Assert.False(root.GetProperty("singular").GetBoolean());
    }

    [Fact]
    public async Task MlFlagSwitchesToMaximumLikelihood()
    {
        var (code, output, _) = await RunAsync("mixed", "--input", Data("sleepstudy.csv"), "--formula", "Reaction ~ Days + (Days | Subject)", "--ml", "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.False(doc.RootElement.GetProperty("reml").GetBoolean());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("reml_criterion").ValueKind);
        Assert.Equal(1751.93934449, doc.RootElement.GetProperty("deviance").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task SingularFitIsReportedInTheSummary()
    {
        var (code, output, _) = await RunAsync("mixed", "--input", Data("singular.csv"), "--formula", "alliance ~ session + (1 | client) + (1 | therapist)");
        Assert.Equal(0, code);
        Assert.Contains("REML criterion at convergence: 1249.8215", output, StringComparison.Ordinal);
        Assert.Contains("boundary (singular) fit", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownColumnExitsWithTwoNamingTheFlagAndPosition()
    {
        var (code, _, error) = await RunAsync("mixed", "--input", Data("sleepstudy.csv"), "--formula", "Reaction ~ Dayz + (1 | Subject)");
        Assert.Equal(2, code);
        Assert.Contains("--formula", error, StringComparison.Ordinal);
        Assert.Contains("character 12: no column named 'Dayz'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedFormulaExitsWithTwo()
    {
        var (code, _, error) = await RunAsync("mixed", "--input", Data("sleepstudy.csv"), "--formula", "Reaction ~ Days + (1 | Subject");
        Assert.Equal(2, code);
        Assert.Contains("expected ')'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RankDeficientDataIsNotBlamedOnTheFormula()
    {
        // Days2 = 2·Days + 1: the formula is fine, the data make one fixed-effect column redundant (lme4 drops it).
        var lines = File.ReadAllLines(Data("sleepstudy.csv"));
        var days = Array.FindIndex(lines[0].Split(','), h => h.Trim('"') == "Days");
        var csv = Analyses.CliRun.TempCsv(string.Join("\n", lines.Select((line, r) => line + "," + (r == 0 ? "Days2" :
            (2 * double.Parse(line.Split(',')[days], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var (code, output, error) = await RunAsync("mixed", "--input", csv, "--formula", "Reaction ~ Days + Days2 + (1 | Subject)");
        Assert.DoesNotContain("--formula", error, StringComparison.Ordinal);
        Assert.Equal(0, code);
        Assert.Contains("rank deficient so dropping 1 column(s) / coefficient(s): Days2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFileExitsWithTwo()
    {
        var (code, _, error) = await RunAsync("mixed", "--input", "no-such.csv", "--formula", "y ~ x + (1 | g)");
        Assert.Equal(2, code);
        Assert.Contains("no-such.csv", error, StringComparison.Ordinal);
    }
}
