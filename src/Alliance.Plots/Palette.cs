namespace Alliance.Plots;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito, 2008, "Color Universal Design"),
/// distinguishable under protanopia, deuteranopia and tritanopia. Colours are sRGB hex strings.
/// </summary>
public static class Palette
{
    public const string Orange = "#E69F00";
    public const string SkyBlue = "#56B4E9";
    public const string BluishGreen = "#009E73";
    public const string Yellow = "#F0E442";
    public const string Blue = "#0072B2";
    public const string Vermillion = "#D55E00";
    public const string ReddishPurple = "#CC79A7";
    public const string Black = "#000000";

    /// <summary>Neutral grey for context elements (individual trajectories, "due" bars).</summary>
    public const string Grey = "#999999";

    /// <summary>
    /// Series colours in the order they are handed out. Yellow comes last because it has too
    /// little contrast on white for thin lines.
    /// </summary>
    public static IReadOnlyList<string> Series { get; } =
        [Blue, Orange, BluishGreen, Vermillion, ReddishPurple, SkyBlue, Black, Yellow];

    /// <summary>The <paramref name="index"/>-th series colour, cycling through <see cref="Series"/>.</summary>
    public static string At(int index) => Series[((index % Series.Count) + Series.Count) % Series.Count];
}
