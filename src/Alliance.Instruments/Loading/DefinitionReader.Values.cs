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
            Problem(path, $"expected an object, found {Describe(element)}");
            return false;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (Array.IndexOf(allowed, property.Name) < 0)
            {
                Problem($"{path}.{property.Name}", $"unknown property '{property.Name}'; allowed here: {string.Join(", ", allowed.Where(a => a != "$schema"))}");
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
            Problem(path, $"missing required field '{name}'");
        }
        return false;
    }

    private string? ReadString(JsonElement obj, string name, string path, bool required, Regex? pattern = null, string? patternHint = null)
    {
        if (!TryGet(obj, name, path, required, out var value))
        {
            return null;
        }
        return CheckString(value, $"{path}.{name}", pattern, patternHint);
    }

    private string? CheckString(JsonElement value, string path, Regex? pattern, string? patternHint)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(path, $"expected a string, found {Describe(value)}");
            return null;
        }
        var text = value.GetString()!;
        if (pattern is not null && !pattern.IsMatch(text))
        {
            Problem(path, $"'{text}' is not valid here; expected {patternHint}");
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
        Problem($"{path}.{name}", $"expected true or false, found {Describe(value)}");
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
        Problem($"{path}.{name}", $"expected a finite number, found {Describe(value)}");
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
        Problem($"{path}.{name}", $"expected an array, found {Describe(array)}");
        return false;
    }

    /// <summary>An array of unique strings; duplicates and non-strings are problems (and left out).</summary>
    private List<string>? ReadStringArray(JsonElement obj, string name, string path, bool required, Regex? pattern, string? patternHint)
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
                Problem(elementPath, $"duplicate entry '{text}'");
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
            Problem(textPath, $"expected an object of texts per language such as {{\"en\": \"…\", \"de\": \"…\"}}, found {Describe(value)}");
            return null;
        }
        var texts = new List<KeyValuePair<string, string>>();
        foreach (var property in value.EnumerateObject())
        {
            if (_languages.Length > 0 && Array.IndexOf(_languages, property.Name) < 0)
            {
                Problem($"{textPath}.{property.Name}", $"language '{property.Name}' is not declared in $.languages");
            }
            else if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString()!.Trim().Length == 0)
            {
                Problem($"{textPath}.{property.Name}", $"expected a non-empty string, found {Describe(property.Value)}");
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
                Problem(textPath, $"missing translation for declared language '{language}'");
            }
        }
        return new LocalizedText(texts);
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string \"{Truncate(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };

    private static string Truncate(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
