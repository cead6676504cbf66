namespace Alliance.Cli.Tests.Analyses;

public class ReliabilityCommandTests
{
    private static readonly string SixItems = CliRun.Data("six_items.csv");

    [Fact]
    public async Task JsonCarriesTheContractFieldsWithPsychValues()
    {
        var json = await CliRun.JsonAsync("reliability", "--input", SixItems, "--items", "q1,q2,q3,q4,q5,q6", "--reverse", "q6");
        Assert.Equal(300, json.GetProperty("n").GetInt32());
        Assert.Equal(6, json.GetProperty("k").GetInt32());
        // psych::alpha(x, keys = "q6") and psych::omega on pairwise correlations (r_output.txt).
        Assert.Equal(0.825389569879715, json.GetProperty("raw_alpha").GetDouble(), 1e-9);
        Assert.Equal(0.825685960262718, json.GetProperty("std_alpha").GetDouble(), 1e-9);
        Assert.Equal(0.441172850926050, json.GetProperty("average_r").GetDouble(), 1e-9);
        Assert.Equal(0.826502939526927, json.GetProperty("omega_total").GetDouble(), 1e-6);
        var items = json.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(["q1", "q2", "q3", "q4", "q5", "q6"], items.Select(i => i.GetProperty("item").GetString()));
        var q6 = items[5];
        Assert.Equal(2.97666666666667, q6.GetProperty("mean").GetDouble(), 1e-9);
        Assert.Equal(1.19759606853345, q6.GetProperty("sd").GetDouble(), 1e-9);
        Assert.Equal(0.635873028315540, q6.GetProperty("r_drop").GetDouble(), 1e-9);
        Assert.Equal(0.788190647816795, q6.GetProperty("alpha_if_deleted").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task ListwiseFlagUsesCompleteRows()
    {
        var json = await CliRun.JsonAsync("reliability", "--input", SixItems, "--items", "q1,q2,q3,q4,q5,q6", "--reverse", "q6", "--missing", "listwise");
        Assert.Equal(281, json.GetProperty("n").GetInt32());
        Assert.Equal(0.823859289316515, json.GetProperty("raw_alpha").GetDouble(), 1e-9);
        Assert.Equal(0.824486119667151, json.GetProperty("omega_total").GetDouble(), 1e-6);
    }

    [Fact]
    public async Task TableListsEveryItemWithReversedMarked()
    {
        var (exit, output, _) = await CliRun.RunAsync("reliability", "--input", SixItems, "--items", "q1,q2,q6", "--reverse", "q6");
        Assert.Equal(0, exit);
        Assert.Contains("raw alpha", output, StringComparison.Ordinal);
        Assert.Contains("q6-", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownItemExitsTwoNamingTheFlag()
    {
        var (exit, _, error) = await CliRun.RunAsync("reliability", "--input", SixItems, "--items", "q1,nope");
        Assert.Equal(2, exit);
        Assert.Contains("--items", error, StringComparison.Ordinal);
        Assert.Contains("'nope'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReverseItemOutsideItemsExitsTwo()
    {
        var (exit, _, error) = await CliRun.RunAsync("reliability", "--input", SixItems, "--items", "q1,q2", "--reverse", "q6");
        Assert.Equal(2, exit);
        Assert.Contains("--reverse", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadMissingValueExitsTwoNamingTheFlag()
    {
        var (exit, _, error) = await CliRun.RunAsync("reliability", "--input", SixItems, "--items", "q1,q2", "--missing", "some");
        Assert.Equal(2, exit);
        Assert.Contains("--missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NonNumberInTheFileExitsTwoWithLineAndColumn()
    {
        var path = CliRun.TempCsv("a,b\n1,2\n2,x\n3,3\n");
        var (exit, _, error) = await CliRun.RunAsync("reliability", "--input", path, "--items", "a,b");
        Assert.Equal(2, exit);
        Assert.Contains($"{path}:3:2", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConstantScaleExitsTwoWithAClearMessage()
    {
        var path = CliRun.TempCsv("a,b\n1,2\n2,2\n3,2\n");
        var (exit, _, error) = await CliRun.RunAsync("reliability", "--input", path, "--items", "a,b");
        Assert.Equal(2, exit);
        Assert.Contains("at least two items with variance", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingFileExitsTwo()
    {
        var (exit, _, error) = await CliRun.RunAsync("reliability", "--input", "/nonexistent/x.csv", "--items", "a,b");
        Assert.Equal(2, exit);
        Assert.Contains("/nonexistent/x.csv", error, StringComparison.Ordinal);
    }
}
