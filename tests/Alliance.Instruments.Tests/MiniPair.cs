using System.Text.Json;
using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests;

/// <summary><see cref="MiniInstrument"/> as one side of a pair: its id, rater, construct and parallel form set.</summary>
internal static class MiniPair
{
    public const string Construct = "mini-construct";

    /// <summary>The mini definition with that id, rater and pairing (null leaves the field out).</summary>
    public static string Form(string id, string rater, string? construct = Construct, string? partner = null)
    {
        var pairing = (construct is null ? "" : $"\"construct\": \"{construct}\", ") + (partner is null ? "" : $"\"parallel_form\": \"{partner}\", ");
        return MiniInstrument.With("\"id\": \"mini\",", $"\"id\": \"{id}\",")
            .Replace("\"raters\": [\"client\"],", $"\"raters\": [\"{rater}\"], {pairing}", StringComparison.Ordinal);
    }

    /// <summary>A definition with one fragment replaced; fails loudly if the fragment is not there.</summary>
    public static string Edit(this string definition, string fragment, string replacement)
    {
        Assert.Contains(fragment, definition, StringComparison.Ordinal);
        return definition.Replace(fragment, replacement, StringComparison.Ordinal);
    }

    /// <summary>Loads each definition as <c>&lt;id&gt;.json</c> and checks them as one set.</summary>
    public static IReadOnlyList<InstrumentLoadResult> Check(params string[] definitions) =>
        InstrumentLoader.CheckParallelForms([.. definitions.Select(d => InstrumentLoader.Load(d, IdOf(d) + ".json"))]);

    /// <summary>Loads one definition on its own, without the set check.</summary>
    public static Instrument Load(string definition) => InstrumentLoader.Load(definition, IdOf(definition) + ".json").GetOrThrow();

    private static string IdOf(string definition)
    {
        using var document = JsonDocument.Parse(definition);
        return document.RootElement.GetProperty("id").GetString()!;
    }
}
