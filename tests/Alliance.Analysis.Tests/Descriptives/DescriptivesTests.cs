using System.Numerics;
using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Tests.Descriptives;

public class DescriptivesTests
{
    private const double Closed = 1e-9;

    [Fact]
    public void QuartilesAreRType7()
    {
        var q2 = RReference.Columns("six_items.csv", "q2")[0][..25];
        double[] v = [.. q2, 7.5, -2];
        var expected = RReference.Values("quantile7 q2sample 0 .25 .5 .75 1", 5);
        var s = DescriptiveSummary.Of(v);
        RReference.Near(expected, [s.Minimum, s.FirstQuartile, s.Median, s.ThirdQuartile, s.Maximum], Closed, "quantile type 7");
        RReference.Near(RReference.Values("q2sample n missing mean sd", 4), [s.N, s.Missing, s.Mean, s.StandardDeviation], Closed, "n/missing/mean/sd");
    }

    [Fact]
    public void Type7InterpolatesBetweenOrderStatistics()
    {
        RReference.Near(1.75, Quantile.Of([1, 2, 3, 4], 0.25), 1e-15, "quantile(1:4, .25)");
        RReference.Near(3.25, Quantile.Of([4, 3, double.NaN, 2, 1], 0.75), 1e-15, "quantile(c(4,3,NA,2,1), .75, na.rm=TRUE)");
    }

    [Fact]
    public void GroupsMatchRByGroup()
    {
        var q4 = RReference.Columns("six_items.csv", "q4")[0];
        var group = Enumerable.Range(1, q4.Length).Select(i => (string?)(i % 3 == 0 ? "a" : "b")).ToArray();
        var summaries = GroupedDescriptives.Compute([group], [new("q4", q4)]);
        Assert.Equal(2, summaries.Count);
        foreach (var g in summaries)
        {
            var s = g.Summary;
            var expected = RReference.Values($"group_{g.Group[0]} q4 n missing mean sd median q1 q3", 7);
            RReference.Near(expected, [s.N, s.Missing, s.Mean, s.StandardDeviation, s.Median, s.FirstQuartile, s.ThirdQuartile], Closed, $"group {g.Group[0]}");
        }
    }

    [Fact]
    public void NumericGroupValuesSortAsNumbersAndMissingGroupsComeLast()
    {
        string?[] session = ["10", "2", null, "2"];
        var summaries = GroupedDescriptives.Compute([session], [new("x", [1.0, 2.0, 3.0, 4.0])]);
        Assert.Equal(["2", "10", null], summaries.Select(s => s.Group[0]));
        Assert.Equal(2, summaries[0].Summary.N);
    }

    [Fact]
    public void MillionRowsWithLargeOffsetKeepFullPrecision()
    {
        var values = new double[1_000_000];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = 1e9 + (i % 1000) / 1000.0;
        }
        var m = SampleMoments.Of(values);
        var exact = ExactVariance(values);
        RReference.Near(exact, m.Variance, exact * 1e-12, "variance vs exact rational arithmetic");
        var r = RReference.Values("big mean var", 2);
        RReference.Near(r[0], m.Mean, r[0] * 1e-15, "mean vs R");
        RReference.Near(r[1], m.Variance, r[1] * 1e-9, "variance vs R");
    }

    // Every value is a multiple of 2^-23 below 2^30, so scaling by 2^23 gives integers and the variance is exact in BigInteger.
    private static double ExactVariance(double[] values)
    {
        BigInteger sum = 0, squares = 0;
        foreach (var v in values)
        {
            var scaled = new BigInteger(v * (1 << 23));
            sum += scaled;
            squares += scaled * scaled;
        }
        var n = values.Length;
        var numerator = squares * n - sum * sum; // n·Σx² − (Σx)², scaled by 2^46
        return (double)numerator / ((double)n * (n - 1)) / Math.Pow(2, 46);
    }

    [Fact]
    public void FewerThanTwoRespondents()
    {
        var s = DescriptiveSummary.Of([4.0, double.NaN]);
        Assert.Equal(1, s.N);
        Assert.Equal(1, s.Missing);
        Assert.Equal(4.0, s.Median);
        Assert.True(double.IsNaN(s.StandardDeviation));
        Assert.Contains(s.Notes, n => n.Contains("fewer than two", StringComparison.Ordinal));
    }

    [Fact]
    public void AllMissingColumn()
    {
        var s = DescriptiveSummary.Of([double.NaN, double.NaN]);
        Assert.Equal(0, s.N);
        Assert.Equal(2, s.Missing);
        Assert.Contains("all values are missing", s.Notes);
    }

    [Fact]
    public void ConstantColumn()
    {
        var s = DescriptiveSummary.Of([3.0, 3.0, 3.0]);
        Assert.Equal(0.0, s.StandardDeviation);
        Assert.Contains(s.Notes, n => n.StartsWith("constant", StringComparison.Ordinal));
    }
}
