using System.Globalization;
using System.Text.Json.Nodes;

namespace Alliance.Interchange.Redcap;

/// <summary>The response scale of one REDCap field, without an id (equal scales are shared by the caller).</summary>
internal static class RedcapScales
{
    // REDCap's slider runs 0–100 when the field gives no Text Validation Min/Max.
    private const decimal SliderMin = 0;
    private const decimal SliderMax = 100;

    public static JsonObject? For(RedcapField field, string language, DefinitionDraft draft) => field.Type switch
    {
        "radio" or "dropdown" => Likert(field, language, draft),
        "slider" => Slider(field, language, draft),
        "text" when Step(field.Validation) is { } step => Numeric(field, step, draft),
        "text" => Unsupported(field, draft, field.Validation.Length == 0
            ? "free-text field has no Alliance scale; give it integer or number_1dp/number_2dp validation with a min and max"
            : $"text validation '{field.Validation}' has no Alliance scale; only integer and number_Ndp (e.g. number_1dp) are imported"),
        _ => Unsupported(field, draft, $"field type '{field.Type}' is not supported; radio, dropdown, slider and numeric text fields are (calc and descriptive are skipped)"),
    };

    private static JsonObject? Unsupported(RedcapField field, DefinitionDraft draft, string message)
    {
        draft.Problem(field.At(field.Type == "text" ? RedcapDictionary.Validation : RedcapDictionary.FieldType), message);
        return null;
    }

    private static JsonObject? Likert(RedcapField field, string language, DefinitionDraft draft)
    {
        var at = field.At(RedcapDictionary.Choices);
        if (field.Choices.Length == 0)
        {
            draft.Problem(at, $"{field.Type} field without choices; write them as '1, Never | 2, Sometimes | 3, Often'");
            return null;
        }
        var anchors = new List<(decimal Value, string Label)>();
        foreach (var choice in field.Choices.Split('|'))
        {
            var parts = choice.Split(',', 2);
            if (parts.Length < 2 || !decimal.TryParse(parts[0].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                draft.Problem(at, $"choice '{choice.Trim()}' needs a whole-number code before the comma: Alliance scores a Likert answer by its code");
                continue;
            }
            anchors.Add((value, parts[1].Trim()));
        }
        if (anchors.Count == 0 || anchors.Count < field.Choices.Split('|').Length)
        {
            return null;
        }
        anchors.Sort((a, b) => a.Value.CompareTo(b.Value));
        return new JsonObject
        {
            ["type"] = "likert",
            ["min"] = anchors[0].Value,
            ["max"] = anchors[^1].Value,
            ["anchors"] = new JsonArray([.. anchors.Select(a => Anchor(a.Value, a.Label, language))]),
        };
    }

    private static JsonObject? Slider(RedcapField field, string language, DefinitionDraft draft)
    {
        var min = Bound(field, field.Min, RedcapDictionary.ValidationMin, SliderMin, draft);
        var max = Bound(field, field.Max, RedcapDictionary.ValidationMax, SliderMax, draft);
        if (min is null || max is null)
        {
            return null;
        }
        // REDCap's slider labels: "left | middle | right", any of them may be empty.
        var labels = field.Choices.Split('|').Select(l => l.Trim()).ToArray();
        var anchors = new JsonArray();
        if (labels.Length >= 1 && labels[0].Length > 0)
        {
            anchors.Add(Anchor(min.Value, labels[0], language));
        }
        if (labels.Length == 3 && labels[1].Length > 0)
        {
            anchors.Add(Anchor(Math.Floor((min.Value + max.Value) / 2), labels[1], language));
        }
        if (labels.Length >= 2 && labels[^1].Length > 0)
        {
            anchors.Add(Anchor(max.Value, labels[^1], language));
        }
        var scale = new JsonObject { ["type"] = "visual_analogue", ["min"] = min.Value, ["max"] = max.Value, ["step"] = 1 };
        if (anchors.Count > 0)
        {
            scale["anchors"] = anchors;
        }
        return scale;
    }

    private static JsonObject? Numeric(RedcapField field, decimal step, DefinitionDraft draft)
    {
        var min = Bound(field, field.Min, RedcapDictionary.ValidationMin, null, draft);
        var max = Bound(field, field.Max, RedcapDictionary.ValidationMax, null, draft);
        if (min is null || max is null)
        {
            return null;
        }
        var scale = new JsonObject { ["type"] = "numeric", ["min"] = min.Value, ["max"] = max.Value };
        if (step != 1)
        {
            scale["step"] = step;
        }
        return scale;
    }

    /// <summary>The step of a numeric validation: integer → 1, number_2dp → 0.01 (also the _comma_decimal forms); else null.</summary>
    internal static decimal? Step(string validation)
    {
        var name = validation.Replace("_comma_decimal", "", StringComparison.Ordinal);
        if (name == "integer")
        {
            return 1;
        }
        if (name.StartsWith("number_", StringComparison.Ordinal) && name.EndsWith("dp", StringComparison.Ordinal)
            && int.TryParse(name["number_".Length..^2], NumberStyles.None, CultureInfo.InvariantCulture, out var places) && places is > 0 and <= 6)
        {
            return 1m / (decimal)Math.Pow(10, places);
        }
        return null;
    }

    private static decimal? Bound(RedcapField field, string text, string column, decimal? fallback, DefinitionDraft draft)
    {
        if (text.Length == 0)
        {
            if (fallback is null)
            {
                draft.Problem(field.At(column), "a numeric field needs a range: give Text Validation Min and Max");
            }
            return fallback;
        }
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        draft.Problem(field.At(column), $"'{text}' is not a number");
        return null;
    }

    private static JsonObject Anchor(decimal value, string label, string language) =>
        new() { ["value"] = value, ["label"] = DefinitionDraft.Text(language, label) };
}
