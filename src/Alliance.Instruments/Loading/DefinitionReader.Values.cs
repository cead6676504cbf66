using System.Text.Json;
using System.Text.RegularExpressions;

namespace Alliance.Instruments.Loading;

/// <summary>Typed reads of JSON values that record a located problem instead of throwing.</summary>
internal sealed partial class DefinitionReader
{
    private bool CheckObject(JsonElement element, string path, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(path, "json.object", Describe(element));
            return false;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Problem($"{path}.{property.Name}", "json.unknownProperty", property.Name, string.Join(", ", allowed.Where(a => a != "$schema")));
            }
        }
        return true;
    }

    private bool TryGet(JsonElement obj, string name, string path, bool required, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        if (required)
        {
            Problem(path, "json.missing", name);
        }
        return false;
    }

    private string? ReadString(JsonElement obj, string name, string path, bool required, Regex? pattern = null, ProblemTerm? patternHint = null)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }
        return CheckString(value, $"{path}.{name}", pattern, patternHint);
    }

    private string? CheckString(JsonElement value, string path, Regex? pattern, ProblemTerm? patternHint)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(path, "json.string", Describe(value));
            return null;
        }
        var text = value.GetString()!;
        if (pattern is not null && !pattern.IsMatch(text))
        {
            Problem(path, "json.pattern", text, patternHint);
            return null;
        }
        return text;
    }

    private bool? ReadBool(JsonElement obj, string name, string path, bool required)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }
        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }
        Problem($"{path}.{name}", "json.boolean", Describe(value));
        return null;
    }

    private double? ReadNumber(JsonElement obj, string name, string path, bool required)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number))
        {
            return number;
        }
        Problem($"{path}.{name}", "json.number", Describe(value));
        return null;
    }

    private bool TryGetArray(JsonElement obj, string name, string path, bool required, out JsonElement array)
    {
        if (!TryGet(obj, name, path, required, out array))
        {
            return false;
        }
        if (array.ValueKind == JsonValueKind.Array)
        {
            return true;
        }
        Problem($"{path}.{name}", "json.array", Describe(array));
        return false;
    }

    /// <summary>An array of unique strings; duplicates and non-strings are problems (and left out).</summary>
    private List<string>? ReadStringArray(JsonElement obj, string name, string path, bool required, Regex? pattern, ProblemTerm? patternHint)
    {
        if (!TryGetArray(obj, name, path, required, out var array))
        {
            return null;
        }
        var list = new List<string>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var elementPath = $"{path}.{name}[{index++}]";
            var text = CheckString(element, elementPath, pattern, patternHint);
            if (text is null)
            {
                continue;
            }
            if (list.Contains(text, StringComparer.Ordinal))
            {
                Problem(elementPath, "json.duplicateEntry", text);
                continue;
            }
            list.Add(text);
        }
        return list;
    }

    /// <summary>A per-language text: every declared language present, no undeclared ones, none empty.</summary>
    private LocalizedText? ReadText(JsonElement obj, string name, string path, bool required)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }
        var textPath = $"{path}.{name}";
        if (value.ValueKind != JsonValueKind.Object)
        {
            Problem(textPath, "text.object", Describe(value));
            return null;
        }
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var property in value.EnumerateObject())
        {
            if (_languages.Length > 0 && Array.IndexOf(_languages, property.Name) < 0)
            {
                Problem($"{textPath}.{property.Name}", "text.undeclared", property.Name);
            }
            else if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString()!.Trim().Length == 0)
            {
                Problem($"{textPath}.{property.Name}", "text.empty", Describe(property.Value));
            }
            else
            {
                texts.Add(KeyValuePair.Create(property.Name, property.Value.GetString()!));
            }
        }
        foreach (var language in _languages)
        {
            if (!value.TryGetProperty(language, out _))
            {
                Problem(textPath, "text.missingLanguage", language);
            }
        }
        return new LocalizedText(texts);
    }

    /// <summary>What a JSON value is, for "found …" (worded in each language by <see cref="ProblemText"/>).</summary>
    private static ProblemTerm Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => new("found.object", []),
        JsonValueKind.Array => new("found.array", []),
        JsonValueKind.String => new("found.string", [Truncate(value.GetString()!)]),
        JsonValueKind.Number => new("found.number", [value.GetRawText()]),
        JsonValueKind.True or JsonValueKind.False => new("found.literal", [value.GetRawText()]),
        _ => new("found.literal", ["null"]),
    };

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
