using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace Alliance.Interchange.Fhir;

/// <summary>Reads back what <see cref="ScoringExtensions"/> wrote: the definition's scales and scoring parts as JSON.</summary>
internal static class ScoringExtensionReader
{
    public static JsonObject Scale(Extension extension, string language, ICollection<string> seen)
    {
        var scale = new JsonObject
        {
            ["id"] = String(extension, "id"),
            ["type"] = (extension.GetExtension("type")?.Value as Code)?.Value,
        };
        foreach (var field in (string[])["min", "max", "step"])
        {
            if (extension.GetExtension(field)?.Value is FhirDecimal value)
            {
                scale[field] = value.Value;
            }
        }
        var anchors = extension.Extension.Where(e => e.Url == "anchor").ToList();
        if (anchors.Count > 0)
        {
            scale["anchors"] = new JsonArray([.. anchors.Select(a => new JsonObject
            {
                ["value"] = (a.GetExtension("value")?.Value as FhirDecimal)?.Value,
                ["label"] = FhirText.Read(a.GetExtension("label")?.Value as PrimitiveType, language, seen),
            })]);
        }
        return scale;
    }

    public static void Scoring(Questionnaire q, JsonObject root, string language, ICollection<string> seen)
    {
        var reversed = q.Extension.Where(e => e.Url == AllianceFhir.ReverseKeyed).Select(e => (e.Value as FhirString)?.Value).ToList();
        if (reversed.Count > 0)
        {
            root["reverse_keyed"] = new JsonArray([.. reversed.Select(r => JsonValue.Create(r))]);
        }
        var subscales = q.Extension.Where(e => e.Url == AllianceFhir.Subscale).ToList();
        if (subscales.Count > 0)
        {
            root["subscales"] = new JsonArray([.. subscales.Select(s => Score(s, language, seen))]);
        }
        if (q.GetExtension(AllianceFhir.Total) is { } total)
        {
            root["total"] = Score(total, language, seen);
        }
        var cutoffs = q.Extension.Where(e => e.Url == AllianceFhir.Cutoff).ToList();
        if (cutoffs.Count > 0)
        {
            root["cutoffs"] = new JsonArray([.. cutoffs.Select(c => new JsonObject
            {
                ["id"] = String(c, "id"),
                ["when"] = String(c, "when"),
                ["label"] = FhirText.Read(c.GetExtension("label")?.Value as PrimitiveType, language, seen),
            })]);
        }
    }

    private static JsonObject Score(Extension extension, string language, ICollection<string> seen)
    {
        var score = new JsonObject();
        if (String(extension, "id") is { } id)
        {
            score["id"] = id;
        }
        score["title"] = FhirText.Read(extension.GetExtension("title")?.Value as PrimitiveType, language, seen);
        var items = extension.Extension.Where(e => e.Url == "item").Select(e => (e.Value as FhirString)?.Value).ToList();
        if (items.Count > 0)
        {
            score["items"] = new JsonArray([.. items.Select(i => JsonValue.Create(i))]);
        }
        score["scoring"] = (extension.GetExtension("scoring")?.Value as Code)?.Value;
        var missing = new JsonObject();
        if (extension.GetExtension("min-answered")?.Value is Integer count)
        {
            missing["min_answered"] = count.Value;
        }
        if (extension.GetExtension("min-fraction")?.Value is FhirDecimal fraction)
        {
            missing["min_fraction"] = fraction.Value;
        }
        score["missing"] = missing;
        return score;
    }

    private static string? String(Extension extension, string url) => (extension.GetExtension(url)?.Value as FhirString)?.Value;
}
