using System.Globalization;

namespace Alliance.Cli.Instruments;

/// <summary>
/// Number text of scored output: whole numbers as integers ("4", not "4.0"), others in shortest
/// round-trip form ("R"), NaN as empty. Scores repeat a lot (a 4-item mean has few possible values),
/// so recent texts are cached rather than formatted again for every row.
/// </summary>
internal sealed class ScoreFormat
{
    private const int CacheLimit = 4096;
    private readonly Dictionary<double, string> _cache = [];

    public string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "";
        }
        if (_cache.TryGetValue(value, out var text))
        {
            return text;
        }
        text = Plain(value);
        if (_cache.Count < CacheLimit)
        {
            _cache[value] = text;
        }
        return text;
    }

    public static string Plain(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 1e15
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
