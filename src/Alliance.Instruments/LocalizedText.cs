namespace Alliance.Instruments;

/// <summary>
/// A text in several languages, keyed by language code (<c>en</c>, <c>de</c>, …) as declared in the
/// instrument's <c>languages</c> list. The loader guarantees every declared language is present.
/// </summary>
public sealed class LocalizedText
{
    private readonly Dictionary<string, string> _texts;

    /// <summary>Creates a text from language → text pairs.</summary>
    public LocalizedText(IEnumerable<KeyValuePair<string, string>> texts)
    {
        _texts = new Dictionary<string, string>(texts, StringComparer.Ordinal);
    }

    /// <summary>The languages this text is available in.</summary>
    public IReadOnlyCollection<string> Languages => _texts.Keys;

    /// <summary>The text in <paramref name="language"/>, else English, else any language, else empty.</summary>
    public string Get(string language) =>
        _texts.TryGetValue(language, out var text) ? text
        : _texts.TryGetValue("en", out var english) ? english
        : _texts.Values.FirstOrDefault() ?? "";

    /// <summary>True when the text exists in exactly this language (no fallback).</summary>
    public bool Has(string language) => _texts.ContainsKey(language);

    /// <summary>The same text in every language (used for placeholders such as "Item 3").</summary>
    public static LocalizedText Same(string text, IEnumerable<string> languages) =>
        new(languages.Select(l => KeyValuePair.Create(l, text)));

    /// <inheritdoc />
    public override string ToString() => Get("en");
}
