using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Import;
using Alliance.Data.Tests.Import;

namespace Alliance.Data.Tests.Export;

public sealed class FormulaInjectionTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+SUM(A1)", "'+SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("T01-C01", "T01-C01")]
    [InlineData("", "")]
    public void TextCellsStartingWithAFormulaCharacterGetAnApostrophe(string text, string expected) =>
        Assert.Equal(expected, SpreadsheetSafety.Neutralise(text));

    [Fact]
    public async Task CodesAreNeutralisedButNegativeAnswersStayNumbers()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "injection");
        const string file = """
            therapist,client,session,role,q1,q2,q3
            =HYPERLINK(1),@C1,1,client,-3,-1,2
            """;
        await ResponseImport.ImportAsync(database.ConnectionString, study, "test-bipolar", new StringReader(file), ImportLayout.Wide,
            "x.csv", "test", CancellationToken.None);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(ExportFormat.Long, "test", Labels: true), text,
            CancellationToken.None);
        var csv = text.ToString();
        var rows = RoundTripTests.Rows(csv);

        Assert.All(rows, r => Assert.Equal("'=HYPERLINK(1)", r["therapist"]));
        Assert.All(rows, r => Assert.Equal("'@C1", r["client"]));
        Assert.Equal(["-3", "-1", "2"], rows.Select(r => r["value"]));
        Assert.Contains(",q1,-3,Strongly disagree\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",=", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",@", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BomIsWrittenOnlyWhenAsked()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "bom");
        foreach (var bom in new[] { true, false })
        {
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(ExportFormat.Wide, "test", Bom: bom), text,
                CancellationToken.None);
            Assert.Equal(bom, text.ToString().StartsWith('\uFEFF'));
            Assert.StartsWith("study_id,", text.ToString().TrimStart('\uFEFF'), StringComparison.Ordinal);
        }
    }
}
