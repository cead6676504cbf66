namespace Alliance.Plots;

/// <summary>
/// The Okabe–Ito colour-blind-safe palette (Okabe &amp; Ito, 2008, "Color Universal Design"),
/// distinguishable under protanopia, deuteranopia and tritanopia. Colours are sRGB hex strings.
/// </summary>
public static class Palette
{
    /// <summary>Orange (230, 159, 0).</summary>
    public const string Orange = "#E69F00";
    /// <summary>Sky blue (86, 180, 233).</summary>
    public const string SkyBlue = "#56B4E9";
    /// <summary>Bluish green (0, 158, 115).</summary>
    public const string BluishGreen = "#009E73";
    /// <summary>Yellow (240, 228, 66); faint on white, use for fills only.</summary>
    public const string Yellow = "#F0E442";
    /// <summary>Blue (0, 114, 178); the default series colour.</summary>
    public const string Blue = "#0072B2";
    /// <summary>Vermillion (213, 94, 0).</summary>
    public const string Vermillion = "#D55E00";
    /// <summary>Reddish purple (204, 121, 167).</summary>
    public const string ReddishPurple = "#CC79A7";
    /// <summary>Black.</summary>
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
