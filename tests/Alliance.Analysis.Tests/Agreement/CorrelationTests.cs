using Alliance.Analysis.Agreement;
using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Tests.Agreement;

public class CorrelationTests
{
    private const double Closed = 1e-9;

    [Fact]
    public void PearsonWithFisherIntervalMatchesCorTest()
    {
        var c = RReference.Columns("shrout_fleiss_1979.csv", "J1", "J4");
        var r = Correlation.Pearson(c[0], c[1]);
        var expected = RReference.Values("pearson_J1_J4 r lower upper", 3);
        RReference.Near(expected, [r.R, r.Interval.Lower, r.Interval.Upper], Closed, "cor.test");
    }

    [Fact]
    public void PearsonUsesPairwiseCompleteRowsAsCorTest()
    {
        var c = RReference.Columns("six_items.csv", "q1", "q4");
        var r = Correlation.Pearson(c[0], c[1]);
        var expected = RReference.Values("pearson_q1_q4 r lower upper n", 4);
        RReference.Near(expected[..3], [r.R, r.Interval.Lower, r.Interval.Upper], Closed, "cor.test");
        Assert.Equal((int)expected[3], r.N);
    }

    [Fact]
    public void SpearmanUsesAverageRanksForTies()
    {
        var c = RReference.Columns("six_items.csv", "q1", "q4");
        var r = Correlation.Spearman(c[0], c[1]);
        RReference.Near(RReference.Value("spearman_q1_q4 rho"), r.R, Closed, "rho");
        var ci = RReference.Values("spearman_q1_q4 fisher lower upper", 2);
        RReference.Near(ci, [r.Interval.Lower, r.Interval.Upper], Closed, "Fisher-z interval");
    }

    [Fact]
    public void RanksOfTiesAreTheirAveragePosition()
    {
        Assert.Equal([2.5, 1, 2.5, 4], Correlation.Ranks([5, 1, 5, 9]));
    }

    [Fact]
    public void ConstantColumn()
    {
        var ex = Assert.Throws<InsufficientDataException>(() => Correlation.Pearson([1, 2, 3], [4, 4, 4]));
        Assert.Contains("constant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllMissingColumn()
    {
        var ex = Assert.Throws<InsufficientDataException>(() => Correlation.Spearman([1, 2, 3], [double.NaN, double.NaN, double.NaN]));
        Assert.Contains("found 0", ex.Message, StringComparison.Ordinal);
    }
}
