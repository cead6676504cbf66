namespace Alliance.Plots.Tests;

/// <summary>Seeded awkward data for the validity tests: three parallel arrays of equal length.</summary>
internal sealed record DataShape(double[] X, double[] Y, double[] Z)
{
    public int Count => X.Length;
}

internal static class DataShapes
{
    public static readonly string[] Names =
        ["random", "empty", "single", "constant", "huge", "tiny", "offset", "nonfinite", "allnan"];

    public static DataShape Create(string name, int seed)
    {
        var random = new Random(seed);
        double Normal() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        double[] Series(int n, Func<int, double> f) => Enumerable.Range(0, n).Select(f).ToArray();
        var n = random.Next(2, 120);
        return name switch
        {
            "random" => new(Series(n, i => i + 1), Series(n, _ => 30 + (4 * Normal())), Series(n, _ => 30 + (4 * Normal()))),
            "empty" => new([], [], []),
            "single" => new([3], [31], [29]),
            "constant" => new(Series(n, _ => 5), Series(n, _ => 36), Series(n, _ => 36)),
            "huge" => new(
                Series(n, i => i % 2 == 0 ? 1e-12 : 1e12 * random.NextDouble()),
                Series(n, i => i % 3 == 0 ? -1e12 * random.NextDouble() : 1e-12 * random.NextDouble()),
                Series(n, _ => 1e12 * Normal())),
            "tiny" => new(Series(n, i => i * 1e-12), Series(n, _ => 1e-12 * Normal()), Series(n, _ => 1e-12 * Normal())),
            "offset" => new(Series(n, i => 1e6 + i), Series(n, _ => -1e6 + Normal()), Series(n, _ => -1e6 + Normal())),
            "nonfinite" => new(
                Series(n, i => Poison(i) ?? i),
                Series(n, i => Poison(i + 1) ?? 30 + Normal()),
                Series(n, i => Poison(i + 2) ?? 30 + Normal())),
            "allnan" => new(Series(n, _ => double.NaN), Series(n, _ => double.NaN), Series(n, _ => double.PositiveInfinity)),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }

    private static double? Poison(int i) => (i % 7) switch
    {
        0 => double.NaN,
        1 => double.PositiveInfinity,
        2 => double.NegativeInfinity,
        3 => 1e300,
        _ => null,
    };
}
