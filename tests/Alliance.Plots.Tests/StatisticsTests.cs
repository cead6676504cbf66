using Alliance.Analysis.Agreement;
using Alliance.Analysis.Descriptives;

namespace Alliance.Plots.Tests;

/// <summary>The statistics the charts draw (they live in Alliance.Analysis) against the R values of TestData/make_reference.R.</summary>
public class StatisticsTests
{
    // Same vectors as TestData/make_reference.R.
    private static readonly double[] X = [2.1, 3.4, 1.9, 5.6, 4.4, 3.3, 2.8, 12.5, 3.9, 4.1, 0.2];
    private static readonly double[] Y = [31, 28, 35, 36, 40, 22, 33, 34, 29, 38];
    private static readonly double[] Client = [30, 32, 35, 28, 38, 36, 31, 33];
    private static readonly double[] Therapist = [29, 30, 33, 30, 34, 35, 28, 31];

    [Fact]
    public void FiveNumberSummaryMatchesRFivenumForOddAndEvenN()
    {
        foreach (var (data, key) in new[] { (X, "fivenum_x"), (Y, "fivenum_y") })
        {
            var s = TukeySummary.Of(data)!;
            var expected = RReference.Get(key);
            double[] actual = [s.Minimum, s.LowerHinge, s.Median, s.UpperHinge, s.Maximum];
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(expected[i], actual[i], 1e-12);
            }
        }
    }

    [Fact]
    public void WhiskersAndOutliersMatchRBoxplotStats()
    {
        var s = TukeySummary.Of(X)!;
        var stats = RReference.Get("boxstats_x");
        Assert.Equal(stats[0], s.LowerWhisker, 1e-12);
        Assert.Equal(stats[4], s.UpperWhisker, 1e-12);
        Assert.Equal(RReference.Get("boxstats_x_out"), s.Outliers);
    }

    [Fact]
    public void NonFiniteValuesAreDroppedBeforeSummarising()
    {
        var s = TukeySummary.Of([.. Y, double.NaN, double.PositiveInfinity])!;
        Assert.Equal(10, s.Count);
        Assert.Equal(RReference.Get("fivenum_y")[2], s.Median, 1e-12);
        Assert.Null(TukeySummary.Of([double.NaN]));
    }

    [Fact]
    public void SilvermanBandwidthMatchesRBwNrd0IncludingTheZeroSpreadFallback()
    {
        Assert.Equal(RReference.Get("bw_nrd0_x")[0], KernelDensity.SilvermanBandwidth(X), 1e-12);
        Assert.Equal(RReference.Get("bw_nrd0_y")[0], KernelDensity.SilvermanBandwidth(Y), 1e-12);
        Assert.Equal(RReference.Get("bw_nrd0_const")[0], KernelDensity.SilvermanBandwidth([5, 5, 5, 5]), 1e-12);
    }

    [Fact]
    public void DensityEstimateMatchesTheExactGaussianKernelSumInR()
    {
        var h = KernelDensity.SilvermanBandwidth(Y);
        double[] at = [20, 30, 33.5, 45];
        var expected = RReference.Get("kde_y");
        for (var i = 0; i < at.Length; i++)
        {
            Assert.Equal(expected[i], KernelDensity.Estimate(Y, h, at[i]), 1e-12);
        }
    }

    [Fact]
    public void DensityCurveIntegratesToAboutOne()
    {
        var curve = KernelDensity.Curve(Y, points: 512);
        var area = 0.0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].X - curve[i - 1].X) * (curve[i].Density + curve[i - 1].Density) / 2;
        }

        // The grid stops at ±3 bandwidths, leaving out about 0.27 % of each kernel's mass.
        Assert.InRange(area, 0.99, 1.0);
    }

    [Fact]
    public void LeastSquaresLineMatchesRLm()
    {
        var fit = LeastSquaresLine.Fit(Client, Therapist)!;
        var coef = RReference.Get("lm_coef");
        Assert.Equal(coef[0], fit.Intercept, 1e-9);
        Assert.Equal(coef[1], fit.Slope, 1e-12);
        Assert.Equal(8, fit.Count);
    }

    [Fact]
    public void LeastSquaresLineIsUndefinedForConstantXOrASinglePoint()
    {
        Assert.Null(LeastSquaresLine.Fit([3, 3, 3], [1, 2, 3]));
        Assert.Null(LeastSquaresLine.Fit([1], [2]));
        Assert.Null(LeastSquaresLine.Fit([double.NaN, 1], [2, 3]));
    }

    [Fact]
    public void BlandAltmanLimitsMatchMeanAndSdOfDifferencesInR()
    {
        var limits = BlandAltman.Compute(Client, Therapist);
        var ba = RReference.Get("ba");
        Assert.Equal(ba[0], limits.Bias, 1e-12);
        Assert.Equal(ba[1], limits.DifferenceSd, 1e-12);
        Assert.Equal(ba[2], limits.LowerLimit, 1e-12);
        Assert.Equal(ba[3], limits.UpperLimit, 1e-12);
    }
}
