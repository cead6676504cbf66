using System.Globalization;
using System.Resources;

namespace Alliance.Plots;

/// <summary>
/// Every fixed word a chart draws (axis titles, legend entries, panel titles, reference-line labels, descriptions) in
/// English and German, from <c>ChartWording.resx</c>/<c>ChartWording.de.resx</c>. The culture is the current UI
/// culture: the page's language on the web (request localisation), <c>--lang</c> in <c>alliance report</c>.
/// </summary>
public static class ChartWording
{
    private static readonly ResourceManager Resources = new("Alliance.Plots.ChartWording", typeof(ChartWording).Assembly);

    /// <summary>The text for <paramref name="key"/> in the current UI culture (English when there is none).</summary>
    public static string Get(string key) =>
        Resources.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException("No chart wording '" + key + "'.");

    /// <summary>The text for <paramref name="key"/> with its placeholders filled (numbers formatted invariantly).</summary>
    public static string Format(string key, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);
}
