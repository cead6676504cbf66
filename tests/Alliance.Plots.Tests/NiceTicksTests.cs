namespace Alliance.Plots.Tests;

public class NiceTicksTests
{
    [Theory]
    [InlineData(0.9, true, 1)]
    [InlineData(1.6, true, 2)]
    [InlineData(3.2, true, 5)]
    [InlineData(7.5, true, 10)]
    [InlineData(1.2, false, 2)]
    [InlineData(2.0, false, 2)]
    [InlineData(4.9, false, 5)]
    [InlineData(5.1, false, 10)]
    [InlineData(0.0031, true, 0.005)]
    [InlineData(27000, true, 20000)]
    public void NiceNumberRoundsToOneTwoOrFiveTimesAPowerOfTen(double x, bool round, double expected)
    {
        Assert.Equal(expected, NiceTicks.NiceNumber(x, round), expected * 1e-12);
    }

    [Fact]
    public void SessionsOneToTwelveGetEvenTicksFromZeroToTwelve()
    {
        // range 11 / 5 intervals = 2.2 → nicenum(round) = 2; floor(1/2)·2 = 0, ceil(12/2)·2 = 12.
        var ticks = NiceTicks.Loose(1, 12, 6);
        Assert.Equal([0, 2, 4, 6, 8, 10, 12], ticks.Values);
        Assert.Equal(0, ticks.FractionDigits);
    }

    [Fact]
    public void DecimalStepsAreExactMultiplesWithoutFloatingPointNoise()
    {
        // range 0.9 / 4 = 0.225 → 0.2; ticks 0.0 … 1.0.
        var ticks = NiceTicks.Loose(0.1, 1.0, 5);
        Assert.Equal(0.2, ticks.Step, 1e-15);
        Assert.Equal(1, ticks.FractionDigits);
        Assert.Equal(6, ticks.Values.Count);
        Assert.Equal(0.6, ticks.Values[3], 1e-15);
    }

    [Fact]
    public void TicksAlwaysEncloseTheData()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var a = (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 9));
            var b = a + (random.NextDouble() * Math.Pow(10, random.Next(-8, 9)));
            var ticks = NiceTicks.Loose(a, b, random.Next(2, 9));
            Assert.True(ticks.Min <= a && ticks.Max >= b, $"{a} {b} -> {ticks.Min} {ticks.Max}");
            Assert.InRange(ticks.Values.Count, 2, 20);
        }
    }

    [Fact]
    public void ConstantRangeIsWidenedAroundTheValue()
    {
        var ticks = NiceTicks.Loose(36, 36, 5);
        Assert.True(ticks.Min < 36 && ticks.Max > 36);
        var zero = NiceTicks.Loose(0, 0, 5);
        Assert.Equal(-1, zero.Min);
        Assert.Equal(1, zero.Max);
    }

    [Fact]
    public void NegativeZeroNeverAppearsAmongTicks()
    {
        var ticks = NiceTicks.Loose(-0.3, 0.3, 7);
        Assert.Contains(0.0, ticks.Values);
        Assert.DoesNotContain(ticks.Values, v => v == 0 && double.IsNegative(v));
    }

    [Fact]
    public void NonFiniteRangeIsRejected()
    {
        Assert.Throws<ArgumentException>(() => NiceTicks.Loose(double.NaN, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => NiceTicks.NiceNumber(0, true));
    }
}
