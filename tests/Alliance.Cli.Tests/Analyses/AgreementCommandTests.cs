namespace Alliance.Cli.Tests.Analyses;

public class AgreementCommandTests
{
    private static readonly string ShroutFleiss = CliRun.Data("shrout_fleiss_1979.csv");

    [Fact]
    public async Task JsonCarriesTheSixIccsAsPsychNamesThem()
    {
        var json = await CliRun.JsonAsync("agreement", "--input", ShroutFleiss, "--columns", "J1,J2,J3,J4");
        Assert.Equal(6, json.GetProperty("n").GetInt32());
        Assert.Equal(4, json.GetProperty("k").GetInt32());
        var icc = json.GetProperty("icc");
        // psych::ICC(sf, lmer = FALSE) (r_output.txt).
        Assert.Equal(0.165741768405476, icc.GetProperty("ICC1").GetDouble(), 1e-9);
        Assert.Equal(0.289763779527559, icc.GetProperty("ICC2").GetDouble(), 1e-9);
        Assert.Equal(0.714840714840715, icc.GetProperty("ICC3").GetDouble(), 1e-9);
        Assert.Equal(0.442797133679269, icc.GetProperty("ICC1k").GetDouble(), 1e-9);
        Assert.Equal(0.620050547598989, icc.GetProperty("ICC2k").GetDouble(), 1e-9);
        Assert.Equal(0.909315542377069, icc.GetProperty("ICC3k").GetDouble(), 1e-9);
        var icc2 = json.GetProperty("icc_tests")[1];
        Assert.Equal(0.0187865133747120, icc2.GetProperty("lower").GetDouble(), 1e-9);
        Assert.Equal(6, json.GetProperty("correlations").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("bland_altman").ValueKind);
    }

    [Fact]
    public async Task TwoColumnsAlsoGetBlandAltman()
    {
        var json = await CliRun.JsonAsync("agreement", "--input", ShroutFleiss, "--columns", "J1,J4");
        var ba = json.GetProperty("bland_altman");
        Assert.Equal(1.0, ba.GetProperty("bias").GetDouble(), 1e-12);
        Assert.Equal(-2.27970730401358, ba.GetProperty("lower_limit").GetDouble(), 1e-9);
        Assert.Equal(0.750177284011459, json.GetProperty("correlations")[0].GetProperty("pearson").GetProperty("r").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task TableShowsEveryIccType()
    {
        var (exit, output, _) = await CliRun.RunAsync("agreement", "--input", ShroutFleiss, "--columns", "J1,J2,J3");
        Assert.Equal(0, exit);
        foreach (var type in new[] { "ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k" })
        {
            Assert.Contains(type, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SingleColumnExitsTwoNamingTheFlag()
    {
        var (exit, _, error) = await CliRun.RunAsync("agreement", "--input", ShroutFleiss, "--columns", "J1");
        Assert.Equal(2, exit);
        Assert.Contains("--columns", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooFewCompleteTargetsExitsTwoNamingTheFile()
    {
        var path = CliRun.TempCsv("a,b\n1,\n2,3\n");
        var (exit, _, error) = await CliRun.RunAsync("agreement", "--input", path, "--columns", "a,b");
        Assert.Equal(2, exit);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.Contains("at least two targets", error, StringComparison.Ordinal);
    }
}
