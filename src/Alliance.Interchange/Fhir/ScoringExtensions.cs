using System.Text.Json;
using Hl7.Fhir.Model;

namespace Alliance.Interchange.Fhir;

/// <summary>
/// The Alliance extensions for what FHIR has no element for, written field for field as the definition has them
/// (a sub-extension per JSON field, repeated for arrays; optional fields only when present) so that
/// <see cref="ScoringExtensionReader"/> rebuilds the same JSON.
/// </summary>
internal static class ScoringExtensions
{
    public static Extension Scale(JsonElement scale, IReadOnlyList<string> languages)
    {
        var extension = new Extension { Url = AllianceFhir.Scale };
        extension.Extension.Add(new Extension("id", new FhirString(scale.GetProperty("id").GetString())));
        extension.Extension.Add(new Extension("type", new Code(scale.GetProperty("type").GetString())));
        foreach (var field in (string[])["min", "max", "step"])
        {
            if (scale.TryGetProperty(field, out var value))
            {
                extension.Extension.Add(new Extension(field, new FhirDecimal(value.GetDecimal())));
            }
        }
        if (scale.TryGetProperty("anchors", out var anchors))
        {
            foreach (var anchor in anchors.EnumerateArray())
            {
                var a = new Extension { Url = "anchor" };
                a.Extension.Add(new Extension("value", new FhirDecimal(anchor.GetProperty("value").GetDecimal())));
                a.Extension.Add(new Extension("label", FhirText.Write(anchor.GetProperty("label"), languages, t => new FhirString(t))));
                extension.Extension.Add(a);
            }
        }
        return extension;
    }

    public static void AddScoring(Questionnaire q, JsonElement d, IReadOnlyList<string> languages)
    {
        if (d.TryGetProperty("reverse_keyed", out var reversed))
        {
            q.Extension.AddRange(reversed.EnumerateArray().Select(r => new Extension(AllianceFhir.ReverseKeyed, new FhirString(r.GetString()))));
        }
        if (d.TryGetProperty("subscales", out var subscales))
        {
            q.Extension.AddRange(subscales.EnumerateArray().Select(s => Score(AllianceFhir.Subscale, s, languages)));
        }
        if (d.TryGetProperty("total", out var total))
        {
            q.Extension.Add(Score(AllianceFhir.Total, total, languages));
        }
        if (d.TryGetProperty("cutoffs", out var cutoffs))
        {
            foreach (var cutoff in cutoffs.EnumerateArray())
            {
                var extension = new Extension { Url = AllianceFhir.Cutoff };
                extension.Extension.Add(new Extension("id", new FhirString(cutoff.GetProperty("id").GetString())));
                extension.Extension.Add(new Extension("when", new FhirString(cutoff.GetProperty("when").GetString())));
                extension.Extension.Add(new Extension("label", FhirText.Write(cutoff.GetProperty("label"), languages, t => new FhirString(t))));
                q.Extension.Add(extension);
            }
        }
    }

    private static Extension Score(string url, JsonElement score, IReadOnlyList<string> languages)
    {
        var extension = new Extension { Url = url };
        if (score.TryGetProperty("id", out var id))
        {
            extension.Extension.Add(new Extension("id", new FhirString(id.GetString())));
        }
        extension.Extension.Add(new Extension("title", FhirText.Write(score.GetProperty("title"), languages, t => new FhirString(t))));
        if (score.TryGetProperty("items", out var items))
        {
            extension.Extension.AddRange(items.EnumerateArray().Select(i => new Extension("item", new FhirString(i.GetString()))));
        }
        extension.Extension.Add(new Extension("scoring", new Code(score.GetProperty("scoring").GetString())));
        var missing = score.GetProperty("missing");
        if (missing.TryGetProperty("min_answered", out var count))
        {
            extension.Extension.Add(new Extension("min-answered", new Integer(count.GetInt32())));
        }
        if (missing.TryGetProperty("min_fraction", out var fraction))
        {
            extension.Extension.Add(new Extension("min-fraction", new FhirDecimal(fraction.GetDecimal())));
        }
        return extension;
    }
}
