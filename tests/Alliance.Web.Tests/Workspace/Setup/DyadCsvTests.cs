using Alliance.Web.Pages.Studies.Setup;

namespace Alliance.Web.Tests.Workspace.Setup;

public class DyadCsvTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static DyadCsv Read(string csv)
    {
        var list = new DyadCsv(Today);
        using var reader = new StringReader(csv);
        list.Read(reader);
        return list;
    }

    [Fact]
    public void LineNumbersCountBlankLinesAndTheHeader()
    {
        const string csv = "therapist,client\r\n\r\nT01,C01\r\n\r\n\r\nT01,\r\n";

        var list = Read(csv);

        var problem = Assert.Single(list.Problems);
        Assert.Equal((6, 2, "client", "setup.csv.emptyCode"), (problem.Line, problem.Column, problem.ColumnName, problem.ReasonKey));
        Assert.Equal(3, Assert.Single(list.Rows).Line);
    }

    [Fact]
    public void QuotedCellsAreReadAndSpacesInsideThemTrimmed()
    {
        const string csv = """
            "therapist","client",started_on
            "T01"," C01 ",2026-02-01
            """;

        var list = Read(csv);

        Assert.Empty(list.Problems);
        var row = Assert.Single(list.Rows);
        Assert.Equal(("T01", "C01", null, new DateOnly(2026, 2, 1)), (row.Therapist, row.Client, row.Arm, row.StartedOn));
        Assert.Equal("T01-C01", row.DyadCode);
    }

    [Fact]
    public void ASemicolonSeparatedListAsGermanSpreadsheetsSaveItIsRead()
    {
        var list = Read("\uFEFFtherapist;client;arm;started_on\r\nT01;C01;A;2026-02-01\r\nT02;\"C02\";\"A, B\";\r\n");

        Assert.Empty(list.Problems);
        Assert.Equal([("T01", "C01", "A"), ("T02", "C02", "A, B")], list.Rows.Select(r => (r.Therapist, r.Client, r.Arm)));
    }

    [Fact]
    public void ACommaSeparatedListKeepsSemicolonsInsideItsCells()
    {
        var list = Read("therapist,client,arm\nT01,C01,\"A;B\"\nT02,C02,\"A;B\"\n");

        Assert.Empty(list.Problems);
        Assert.All(list.Rows, r => Assert.Equal("A;B", r.Arm));
    }

    [Fact]
    public void AMissingDateMeansTodayAndAMissingArmMeansNone()
    {
        var list = Read("therapist,client,arm,started_on\nT01,C01,,\n");

        var row = Assert.Single(list.Rows);
        Assert.Null(row.Arm);
        Assert.Equal(Today, row.StartedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void AnEmptyListIsOneProblemOnLineOne(string csv)
    {
        var problem = Assert.Single(Read(csv).Problems);

        Assert.Equal((1, "setup.csv.noHeader"), (problem.Line, problem.ReasonKey));
    }

    [Fact]
    public void ACodeOf65CharactersIsRefusedAnd64IsAccepted()
    {
        var list = Read($"therapist,client\n{new string('t', 64)},{new string('c', 65)}\n");

        var problem = Assert.Single(list.Problems);
        Assert.Equal((2, 2, "setup.csv.badCode"), (problem.Line, problem.Column, problem.ReasonKey));
    }
}
