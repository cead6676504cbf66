using System.Globalization;

namespace Alliance.Web.Localisation;

/// <summary>
/// The plural category of a count in a language, as Unicode CLDR names them (<c>zero</c>, <c>one</c>, <c>two</c>,
/// <c>few</c>, <c>many</c>, <c>other</c>). A message with a count is written once per category its language uses,
/// as resource keys <c>x.one</c>, <c>x.other</c>; <see cref="Workspace.WorkspaceText.Plural"/> picks the one for the
/// count. .NET exposes no CLDR plural rules (ICU has them, but not through the BCL), so the rules of the languages
/// the pages are written in are here, from the CLDR plural rules chart
/// (https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html): English and German use
/// <c>one</c> for exactly 1 (an integer, no visible fraction digits; the sign does not count) and <c>other</c> for everything else, 0
/// included. A language added to <see cref="Languages"/> adds its rule here.
/// </summary>
public static class PluralCategory
{
    public const string One = "one";

    public const string Other = "other";

    private static readonly Dictionary<string, Func<long, string>> Rules = new(StringComparer.Ordinal)
    {
        ["en"] = OneForExactlyOne,
        ["de"] = OneForExactlyOne,
    };

    /// <summary>
    /// The category of the whole number <paramref name="count"/> in <paramref name="language"/> (a language the pages
    /// are not written in reads as English, as the pages do).
    /// </summary>
    public static string Of(long count, string language) =>
        Rules.TryGetValue(Languages.OrDefault(language), out var rule) ? rule(count) : Other;

    /// <summary>The category of <paramref name="count"/> in the current UI culture (the request's language).</summary>
    public static string Of(long count) => Of(count, CultureInfo.CurrentUICulture.Name);

    // CLDR's operand n is the absolute value: -1 is "one" as 1 is.
    private static string OneForExactlyOne(long count) => count is 1 or -1 ? One : Other;
}
