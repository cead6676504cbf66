using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Tests.Tabular;

public class CsvTableTests
{
    private static CsvTable Parse(string csv) => CsvTable.Read(new StringReader(csv), "in.csv");

    [Fact]
    public void MissingTokensBecomeNaNInNumericColumns()
    {
        var table = Parse("""
            a,b
            1,NA
            ,2.5
            .,NaN
            """);
        var a = table.Numeric("a");
        var b = table.Numeric("b");
        Assert.Equal(1.0, a[0]);
        Assert.True(double.IsNaN(a[1]) && double.IsNaN(a[2]));
        Assert.True(double.IsNaN(b[0]) && double.IsNaN(b[2]));
        Assert.Equal(2.5, b[1]);
    }

    [Fact]
    public void NonNumberIsReportedWithLineAndColumn()
    {
        var table = Parse("a,b\n1,2\n3,x\n");
        var ex = Assert.Throws<CsvTableException>(() => table.Numeric("b"));
        Assert.Equal(3, ex.Line);
        Assert.Equal(2, ex.Column);
        Assert.StartsWith("in.csv:3:2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowWithTooFewFieldsIsRejectedWithItsLine()
    {
        var ex = Assert.Throws<CsvTableException>(() => Parse("a,b,c\n1,2,3\n4,5\n"));
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void DuplicateHeaderNameIsRejected()
    {
        var ex = Assert.Throws<CsvTableException>(() => Parse("a,b,a\n1,2,3\n"));
        Assert.Equal(1, ex.Line);
        Assert.Equal(3, ex.Column);
    }

    [Fact]
    public void UnknownColumnErrorListsTheColumns()
    {
        var ex = Assert.Throws<CsvTableException>(() => Parse("q1,q2\n1,2\n").Numeric("q3"));
        Assert.Contains("q1, q2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void QuotedFieldsWithCommasAndLineBreaksKeepLineNumbers()
    {
        var table = Parse("id,note\n1,\"a, b\"\n2,\"two\nlines\"\n3,plain\n");
        Assert.Equal(3, table.RowCount);
        Assert.Equal("a, b", table.Cell(0, 1));
        Assert.Equal(5, table.LineOf(2));
    }

    [Fact]
    public void EmptyInputIsAnError()
    {
        Assert.Throws<CsvTableException>(() => Parse(""));
    }

    [Fact]
    public void InfinityIsNotAcceptedAsANumber()
    {
        Assert.Throws<CsvTableException>(() => Parse("a\nInfinity\n").Numeric("a"));
    }
}
