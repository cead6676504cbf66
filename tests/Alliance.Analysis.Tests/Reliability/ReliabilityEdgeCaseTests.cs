using Alliance.Analysis.Descriptives;
using Alliance.Analysis.Reliability;

namespace Alliance.Analysis.Tests.Reliability;

public class ReliabilityEdgeCaseTests
{
    private static readonly string[] Items = ["q1", "q2", "q3", "q4", "q5", "q6"];

    [Fact]
    public void ZeroVarianceItem()
    {
        // psych::alpha deletes an item without variance (with a warning); the other five give α of those five.
        var columns = RReference.Columns("six_items.csv", Items);
        var withConstant = columns.Append(Enumerable.Repeat(3.0, columns[0].Length).ToArray()).ToArray();
        var result = ScaleReliability.Compute([.. Items, "flat"], withConstant, new ReliabilityOptions { Reverse = ["q6"] });
        var reference = ScaleReliability.Compute(Items, columns, new ReliabilityOptions { Reverse = ["q6"] });
        Assert.Equal(["flat"], result.DroppedItems);
        Assert.Equal(6, result.K);
        Assert.Equal(reference.RawAlpha, result.RawAlpha, 12);
        Assert.Contains(result.Diagnostics, d => d.Contains("'flat' is constant", StringComparison.Ordinal));
    }

    [Fact]
    public void AllMissingColumn()
    {
        var columns = RReference.Columns("six_items.csv", Items);
        var empty = Enumerable.Repeat(double.NaN, columns[0].Length).ToArray();
        var result = ScaleReliability.Compute([.. Items, "blank"], [.. columns, empty]);
        Assert.Equal(["blank"], result.DroppedItems);
        Assert.Contains(result.Diagnostics, d => d.Contains("missing for every respondent", StringComparison.Ordinal));
    }

    [Fact]
    public void ConstantColumn()
    {
        var ex = Assert.Throws<InsufficientDataException>(() =>
            ScaleReliability.Compute(["a", "b"], [[1.0, 2.0, 3.0], [2.0, 2.0, 2.0]]));
        Assert.Contains("at least two items with variance", ex.Message, StringComparison.Ordinal);
        Assert.Contains("b", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FewerThanTwoRespondents()
    {
        var ex = Assert.Throws<InsufficientDataException>(() =>
            ScaleReliability.Compute(["a", "b"], [[1.0, double.NaN], [2.0, 3.0]], new ReliabilityOptions { Missing = MissingHandling.Listwise }));
        Assert.Contains("found 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ItemsThatNeverShareARespondentAreNamed()
    {
        double nan = double.NaN;
        var ex = Assert.Throws<InsufficientDataException>(() =>
            ScaleReliability.Compute(["a", "b"], [[1, 2, 3, nan, nan], [nan, nan, nan, 4, 5]]));
        Assert.Contains("'a' and 'b'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StatedScaleRangeIsUsedForReversal()
    {
        // With min = 0 and max = 10 a response of 4 becomes 6; observed-range reversal (psych) would give another value.
        var result = ScaleReliability.Compute(["a", "b", "c"], [[1, 2, 4, 5], [2, 2, 5, 4], [9, 8, 6, 6]],
            new ReliabilityOptions { Reverse = ["c"], Minimum = 0, Maximum = 10 });
        Assert.Equal(10 - 7.25, result.Items[2].Mean, 12);
        Assert.Equal((0.0, 10.0), result.ReverseRange);
    }

    [Fact]
    public void TwoItemScaleFollowsPsychsAlphaDropConvention()
    {
        double[] a = [1, 2, 3, 4, 6];
        double[] b = [2, 1, 4, 3, 5];
        var result = ScaleReliability.Compute(["a", "b"], [a, b]);
        var cab = SampleCovariance(a, b);
        Assert.Equal(cab / SampleCovariance(b, b), result.Items[0].AlphaIfDeleted, 12);
        Assert.Equal(cab / SampleCovariance(a, a), result.Items[1].AlphaIfDeleted, 12);
    }

    private static double SampleCovariance(double[] x, double[] y)
    {
        var mx = x.Average();
        var my = y.Average();
        return x.Select((v, i) => (v - mx) * (y[i] - my)).Sum() / (x.Length - 1);
    }
}
