namespace Alliance.Web.Localisation;

/// <summary>
/// The languages the pages are written in: English (the neutral <c>.resx</c> files, and the fallback for any other
/// language) and one <c>X.{code}.resx</c> beside each neutral file per other language. Adding a language is adding
/// those files and its code here.
/// </summary>
public static class Languages
{
    public const string Default = "en";

    /// <summary>Language codes, in the order the language switchers list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Default, "de"];

    /// <summary><paramref name="code"/> when the pages are written in it (exact, case-sensitive match), else English.</summary>
    public static string OrDefault(string? code) => IsWritten(code) ? code! : Default;

    /// <summary>Whether the pages are written in <paramref name="code"/> (exact, case-sensitive match).</summary>
    public static bool IsWritten(string? code) => code is not null && All.Contains(code, StringComparer.Ordinal);
}
