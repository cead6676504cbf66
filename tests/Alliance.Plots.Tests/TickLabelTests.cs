using Alliance.Plots.Scales;

namespace Alliance.Plots.Tests;

public class TickLabelTests
{
    private static string[] Labels(double lo, double hi, int target)
    {
        var ticks = NiceTicks.Loose(lo, hi, target);
        return [.. ticks.Values.Select(v => ValueText.Tick(v, ticks))];
    }

    [Fact]
    public void DecimalLabelsShareOneNumberOfDecimalsAndUseATrueMinus()
    {
        Assert.Equal(["−0.4", "−0.2", "0.0", "0.2", "0.4"], Labels(-0.35, 0.35, 5));
    }

    [Fact]
    public void HugeRangesSwitchToExponentFormWithAPlainZero()
    {
        Assert.Equal(["0", "2e+11", "4e+11", "6e+11", "8e+11", "1e+12"], Labels(1e-12, 1e12, 6));
    }

    [Fact]
    public void LargeOffsetsKeepNeighbouringLabelsDistinct()
    {
        var labels = Labels(2e9 + 1, 2e9 + 4, 4);
        Assert.Equal(labels.Length, labels.Distinct().Count());
    }

    [Fact]
    public void TinyStepsUseExponentForm()
    {
        Assert.Equal(["0", "1e-12", "2e-12", "3e-12", "4e-12"], Labels(0, 4e-12, 5));
    }
}
