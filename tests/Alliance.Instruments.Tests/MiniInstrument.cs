using Alliance.Instruments;
using Alliance.Instruments.Loading;

namespace Alliance.Instruments.Tests;

/// <summary>A small valid definition that tests break one piece at a time.</summary>
internal static class MiniInstrument
{
    public const string Json = """
        {
          "$schema": "./instrument.schema.json",
          "id": "mini",
          "version": "1.0.0",
          "languages": ["en", "de"],
          "title": {"en": "Mini", "de": "Mini"},
          "description": {"en": "Test form", "de": "Testbogen"},
          "raters": ["client"],
          "validated": false,
          "citation": "none",
          "licence": "CC0-1.0",
          "scales": [
            {"id": "f5", "type": "likert", "min": 1, "max": 5,
             "anchors": [{"value": 1, "label": {"en": "never", "de": "nie"}}, {"value": 5, "label": {"en": "always", "de": "immer"}}]},
            {"id": "vas", "type": "visual_analogue", "min": 0, "max": 10, "step": 0.1}
          ],
          "items": [
            {"id": "a1", "text": {"en": "One", "de": "Eins"}, "scale": "f5"},
            {"id": "a2", "text": {"en": "Two", "de": "Zwei"}, "scale": "f5"},
            {"id": "a3", "text": {"en": "Three", "de": "Drei"}, "scale": "f5", "required": false},
            {"id": "a4", "text": {"en": "Four", "de": "Vier"}, "scale": "f5"},
            {"id": "v1", "text": {"en": "Line one", "de": "Linie eins"}, "scale": "vas"},
            {"id": "v2", "text": {"en": "Line two", "de": "Linie zwei"}, "scale": "vas"}
          ],
          "reverse_keyed": ["a4"],
          "subscales": [
            {"id": "a", "title": {"en": "A", "de": "A"}, "items": ["a1", "a2", "a3", "a4"], "scoring": "sum", "missing": {"min_answered": 3}},
            {"id": "v", "title": {"en": "V", "de": "V"}, "items": ["v1", "v2"], "scoring": "mean", "missing": {"min_fraction": 1}}
          ],
          "total": {"title": {"en": "Total", "de": "Gesamt"}, "items": ["a1", "a2", "a3", "a4"], "scoring": "mean", "missing": {"min_fraction": 0.5}},
          "cutoffs": [{"id": "low-a", "when": "a < 10", "label": {"en": "Low A", "de": "Niedriges A"}}]
        }
        """;

    public static Instrument Load() => InstrumentLoader.Load(Json, "mini.json").GetOrThrow();

    /// <summary>The definition with one fragment replaced; fails loudly if the fragment is not there.</summary>
    public static string With(string fragment, string replacement)
    {
        Assert.Contains(fragment, Json, StringComparison.Ordinal);
        return Json.Replace(fragment, replacement, StringComparison.Ordinal);
    }
}
