using System.Text.Json;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace Alliance.Interchange.Fhir;

/// <summary>
/// A definition's text in every language ↔ a FHIR string in the first language with the others in the FHIR
/// <c>translation</c> extension (<c>lang</c> + <c>content</c>).
/// </summary>
internal static class FhirText
{
    public static T Write<T>(JsonElement text, IReadOnlyList<string> languages, Func<string, T> make) where T : PrimitiveType
    {
        var primary = text.TryGetProperty(languages[0], out var first) ? first.GetString()! : text.EnumerateObject().First().Value.GetString()!;
        var element = make(primary);
        foreach (var property in text.EnumerateObject().Where(p => p.Name != languages[0]))
        {
            var translation = new Extension { Url = AllianceFhir.Translation };
            translation.Extension.Add(new Extension("lang", new Code(property.Name)));
            translation.Extension.Add(new Extension("content", new FhirString(property.Value.GetString())));
            element.Extension.Add(translation);
        }
        return element;
    }

    /// <summary>The text of <paramref name="element"/> in <paramref name="language"/> and its translations; null when empty.</summary>
    public static JsonObject? Read(PrimitiveType? element, string language, ICollection<string> seen)
    {
        if (element switch { FhirString s => s.Value, Markdown m => m.Value, _ => null } is not { Length: > 0 } value)
        {
            return null;
        }
        var text = new JsonObject { [language] = value };
        foreach (var translation in element!.Extension.Where(e => e.Url == AllianceFhir.Translation))
        {
            var lang = (translation.GetExtension("lang")?.Value as Code)?.Value;
            var content = (translation.GetExtension("content")?.Value as FhirString)?.Value;
            if (lang is not null && content is not null && !text.ContainsKey(lang))
            {
                text[lang] = content;
                if (!seen.Contains(lang))
                {
                    seen.Add(lang);
                }
            }
        }
        return text;
    }
}
