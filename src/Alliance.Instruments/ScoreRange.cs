using System.Globalization;

namespace Alliance.Instruments;

/// <summary>The lowest and highest value a score can take (see <see cref="Subscale.Range"/>).</summary>
/// <param name="Min">Lowest possible score.</param>
/// <param name="Max">Highest possible score.</param>
public readonly record struct ScoreRange(double Min, double Max)
{
    /// <summary><c>1–5</c>, <c>0–40</c>: invariant culture, shortest round-trip numbers.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Min:R}–{Max:R}");
}
