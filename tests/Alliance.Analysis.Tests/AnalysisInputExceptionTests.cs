using System.Globalization;
using Alliance.Analysis.Agreement;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Multilevel;
using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Tests;

/// <summary>Input problems of every analysis are one type, naming the column or term at fault where there is one.</summary>
public sealed class AnalysisInputExceptionTests
{
    /// <summary>Eight clients, five sessions; the alliance score is the client's number, so it never varies within a client.</summary>
    private static MixedData AllianceConstantWithinClients()
    {
        var rows = Enumerable.Range(0, 40).Select(i => string.Create(CultureInfo.InvariantCulture,
            $"c{i % 8},{i / 8},{i % 8 + 1},{(i * 7 % 11) + 0.5 * (i / 8)}"));
        return MixedData.FromCsv(CsvTable.Read(new StringReader("client,session,alliance,symptoms\n" + string.Join("\n", rows)), "t.csv"));
    }

    [Fact]
    public void EveryKindOfInputProblemIsAnAnalysisInputException()
    {
        var data = MixedData.FromCsv(CsvTable.Read(new StringReader("y,x,g\n1,2,a\n"), "t.csv"));
        Assert.IsAssignableFrom<AnalysisInputException>(Record.Exception(() => BlandAltman.Compute([1], [2])));
        Assert.IsAssignableFrom<AnalysisInputException>(Record.Exception(() => LinearMixedModel.Fit(data, "y ~ z + (1 | g)")));
        Assert.IsAssignableFrom<AnalysisInputException>(Record.Exception(() => CsvTable.Read(new StringReader("a,a\n1,2\n"), "t.csv")));
    }

    [Fact]
    public void RankDeficientLaggedModelNamesTheTermThatCannotBeEstimated()
    {
        var ex = Assert.Throws<AnalysisInputException>(() => LaggedAllianceModel.Fit(AllianceConstantWithinClients(), "client", "session", "alliance", "symptoms"));
        Assert.Equal("alliance_within", ex.Variable);
        Assert.Contains("rank deficient", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonNumericColumnIsNamed()
    {
        var ex = Assert.Throws<AnalysisInputException>(() => Centring.AddGroupMeanCentring(AllianceConstantWithinClients(), "session", "client"));
        Assert.Equal("client", ex.Variable);
        Assert.Contains("'client' is not a numeric column", ex.Message, StringComparison.Ordinal);
    }
}
