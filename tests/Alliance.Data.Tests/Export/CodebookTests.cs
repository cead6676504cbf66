using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Tests.Import;

namespace Alliance.Data.Tests.Export;

public sealed class CodebookTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task CodebookScriptsAndSyntaxDescribeEveryExportedColumn()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "codebook");
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var export = await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(ExportFormat.Wide, "test"), text,
            CancellationToken.None);
        var header = text.ToString().Split('\n')[0].Split(',');

        var codebook = RoundTripTests.Rows(Codebook.Csv(export));
        Assert.Equal(header, codebook.Select(r => r["column"]));
        // A label list starting with "-" is neutralised like any text cell.
        Assert.Equal("'-3=Strongly disagree; 0=Neutral; 3=Strongly agree", codebook.Single(r => r["column"] == "q1")["values"]);
        Assert.Equal("integer", codebook.Single(r => r["column"] == "session")["type"]);

        var markdown = Codebook.Markdown(export, "wide.csv");
        Assert.All(header, column => Assert.Contains($"| `{column}` |", markdown, StringComparison.Ordinal));

        var r = AnalysisScripts.R(export, "wide.csv");
        Assert.Contains("read.csv(\"wide.csv\"", r, StringComparison.Ordinal);
        Assert.Contains("attr(d[[\"q1\"]], \"labels\") <- c(\"Strongly disagree\" = -3, \"Neutral\" = 0, \"Strongly agree\" = 3)", r, StringComparison.Ordinal);
        Assert.All(header, column => Assert.Contains($"\"{column}\" = ", r, StringComparison.Ordinal));

        var spss = AnalysisScripts.Spss(export, "wide.csv");
        Assert.Contains("/FILE='wide.csv'", spss, StringComparison.Ordinal);
        Assert.Contains("q1 -3 'Strongly disagree' 0 'Neutral' 3 'Strongly agree'", spss, StringComparison.Ordinal);
        Assert.All(header, column => Assert.Contains($"    {AnalysisScripts.SpssName(column)} ", spss, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("client_total", "client_total")]
    [InlineData("9lives", "v9lives")]
    [InlineData("a-b.c", "a_b_c")]
    public void SpssNamesAreValidVariableNames(string name, string expected) => Assert.Equal(expected, AnalysisScripts.SpssName(name));
}
