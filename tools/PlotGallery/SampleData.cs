namespace PlotGallery;

/// <summary>Seeded synthetic data: the same numbers on every run and every machine.</summary>
public sealed class SampleData(int seed)
{
    // Random(int) uses the legacy seeded algorithm, whose sequence .NET keeps stable across versions.
    private readonly Random _random = new(seed);

    public double Uniform() => _random.NextDouble();

    /// <summary>Standard normal deviate by Box–Muller.</summary>
    public double Normal()
    {
        var u1 = 1 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public static double Round(double value, int digits = 1) => Math.Round(value, digits, MidpointRounding.AwayFromZero);
}
