namespace Alliance.Cli.Tests.Analyses;

public class DescribeAndChangeCommandTests
{
    [Fact]
    public async Task DescribeGroupsRowsAndReportsMissingCounts()
    {
        var path = CliRun.TempCsv("arm,score\nb,4\na,1\na,2\nb,\na,4\n");
        var json = await CliRun.JsonAsync("describe", "--input", path, "--columns", "score", "--by", "arm");
        var groups = json.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(["a", "b"], groups.Select(g => g.GetProperty("group").GetProperty("arm").GetString()));
        Assert.Equal(3, groups[0].GetProperty("n").GetInt32());
        Assert.Equal(1.5, groups[0].GetProperty("q1").GetDouble()); // quantile(c(1,2,4), .25) = 1.5
        Assert.Equal(1, groups[1].GetProperty("missing").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, groups[1].GetProperty("sd").ValueKind);
    }

    [Fact]
    public async Task DescribeUnknownGroupingColumnExitsTwo()
    {
        var path = CliRun.TempCsv("arm,score\na,1\n");
        var (exit, _, error) = await CliRun.RunAsync("describe", "--input", path, "--columns", "score", "--by", "site");
        Assert.Equal(2, exit);
        Assert.Contains("--by", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChangeRecordsTheStandardErrorVariantAndClassifiesRows()
    {
        var path = CliRun.TempCsv("id,pre,post\nx,62,48\ny,60,58\n");
        var json = await CliRun.JsonAsync("change", "--input", path, "--pre", "pre", "--post", "post", "--sd", "7.5", "--reliability", "0.88",
            "--id", "id", "--dysfunctional-mean", "60", "--dysfunctional-sd", "8", "--functional-mean", "40", "--functional-sd", "6");
        Assert.Equal("jacobson_truax_1991", json.GetProperty("se_variant").GetString());
        var rows = json.GetProperty("rows");
        Assert.Equal(-3.81031737766272, rows[0].GetProperty("rci").GetDouble(), 1e-9);
        Assert.Equal("recovered", rows[0].GetProperty("status").GetString());
        Assert.Equal("unchanged", rows[1].GetProperty("status").GetString());
        Assert.Equal(48.5714285714286, json.GetProperty("cutoffs").GetProperty("c").GetDouble(), 1e-9);
    }

    [Fact]
    public async Task ChangeWithIncompleteNormsExitsTwo()
    {
        var path = CliRun.TempCsv("pre,post\n1,2\n");
        var (exit, _, error) = await CliRun.RunAsync("change", "--input", path, "--pre", "pre", "--post", "post", "--sd", "7", "--reliability", "0.8", "--functional-mean", "40");
        Assert.Equal(2, exit);
        Assert.Contains("--functional-mean", error, StringComparison.Ordinal);
    }
}
