using Alliance.Analysis.Agreement;
using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Tests.Agreement;

public class BlandAltmanTests
{
    private const double Closed = 1e-9;

    [Fact]
    public void BiasLimitsAndTheirIntervalsFollowBlandAltman1999()
    {
        var c = RReference.Columns("shrout_fleiss_1979.csv", "J1", "J4");
        var ba = BlandAltman.Compute(c[0], c[1]);
        RReference.Near(RReference.Values("bland_altman bias sd lower upper", 4), [ba.Bias, ba.DifferenceSd, ba.LowerLimit, ba.UpperLimit], Closed, "bias/sd/limits");
        RReference.Near(RReference.Values("bland_altman bias_ci", 2), [ba.BiasInterval.Lower, ba.BiasInterval.Upper], Closed, "bias CI");
        RReference.Near(RReference.Values("bland_altman lower_ci upper_ci", 4),
            [ba.LowerLimitInterval.Lower, ba.LowerLimitInterval.Upper, ba.UpperLimitInterval.Lower, ba.UpperLimitInterval.Upper], Closed, "limit CIs");
        Assert.Equal(6, ba.N);
    }

    [Fact]
    public void DiscrepancyIsFirstMinusSecondWithMissingKept()
    {
        Assert.Equal([1.0, double.NaN, -2.0], Discrepancy.Differences([3, 1, 2], [2, double.NaN, 4]));
    }

    [Fact]
    public void StandardizedDiscrepancyRemovesScaleUse()
    {
        // The second rater uses the scale twice as widely and 10 points higher: no discrepancy remains.
        var d = Discrepancy.StandardizedDifferences([1, 2, 3, 4], [12, 14, 16, 18]);
        Assert.All(d, v => Assert.True(Math.Abs(v) < 1e-12));
    }

    [Fact]
    public void FewerThanTwoRespondents()
    {
        var ex = Assert.Throws<InsufficientDataException>(() => BlandAltman.Compute([1, double.NaN], [2, 3]));
        Assert.Contains("found 1", ex.Message, StringComparison.Ordinal);
    }
}
