using System.Text.Json;

namespace Alliance.Instruments.Loading;

/// <summary>Response scales and items.</summary>
internal sealed partial class DefinitionReader
{
    private static readonly string[] ScaleProperties = ["id", "type", "min", "max", "step", "anchors"];
    private static readonly string[] AnchorProperties = ["value", "label"];
    private static readonly string[] ItemProperties = ["id", "text", "scale", "required"];

    private Dictionary<string, ResponseScale> ReadScales(JsonElement root)
    {
        var scales = new Dictionary<string, ResponseScale>(StringComparer.Ordinal);
        if (!TryGetArray(root, "scales", "$", required: true, out var array))
        {
            return scales;
        }
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.scales[{index++}]";
            if (ReadScale(element, path) is { } scale && !scales.TryAdd(scale.Id, scale))
            {
                Problem($"{path}.id", "scale.duplicateId", scale.Id);
            }
        }
        if (index == 0)
        {
            Problem("$.scales", "scale.none");
        }
        return scales;
    }

    private ResponseScale? ReadScale(JsonElement element, string path)
    {
        if (!CheckObject(element, path, ScaleProperties))
        {
            return null;
        }
        var count = _problems.Count;
        var id = ReadString(element, "id", path, required: true, NamePattern(), Hint("name"));
        var type = ReadString(element, "type", path, required: true);
        ScaleKind? kind = type switch
        {
            null => null,
            "likert" => ScaleKind.Likert,
            "visual_analogue" => ScaleKind.VisualAnalogue,
            "numeric" => ScaleKind.Numeric,
            _ => null,
        };
        if (type is not null && kind is null)
        {
            Problem($"{path}.type", "scale.unknownType", type);
        }
        var min = ReadNumber(element, "min", path, required: true);
        var max = ReadNumber(element, "max", path, required: true);
        var step = ReadNumber(element, "step", path, required: kind == ScaleKind.VisualAnalogue) ?? 1.0;
        if (min is { } lo && max is { } hi)
        {
            CheckBounds(path, kind, lo, hi, step);
        }
        var anchors = ReadAnchors(element, path, kind, min, max, step);
        if (_problems.Count > count)
        {
            return null;
        }
        return new ResponseScale(id!, kind!.Value, min!.Value, max!.Value, step, anchors);
    }

    private void CheckBounds(string path, ScaleKind? kind, double min, double max, double step)
    {
        if (min >= max)
        {
            Problem(path, "scale.minMax", Format(min), Format(max));
            return;
        }
        if (step <= 0)
        {
            Problem($"{path}.step", "scale.stepPositive", Format(step));
            return;
        }
        var steps = (max - min) / step;
        if (Math.Abs(steps - Math.Round(steps)) > 1e-9 * Math.Max(1, steps))
        {
            Problem($"{path}.step", "scale.stepDivides", Format(step), Format(min), Format(max));
        }
        if (kind == ScaleKind.Likert && (step != 1 || min != Math.Floor(min)))
        {
            Problem(path, "scale.likertWhole");
        }
    }

    private List<ScaleAnchor> ReadAnchors(JsonElement element, string path, ScaleKind? kind, double? min, double? max, double step)
    {
        var anchors = new List<ScaleAnchor>();
        if (!TryGetArray(element, "anchors", path, required: kind == ScaleKind.Likert, out var array))
        {
            return anchors;
        }
        var index = 0;
        foreach (var anchor in array.EnumerateArray())
        {
            var anchorPath = $"{path}.anchors[{index++}]";
            if (!CheckObject(anchor, anchorPath, AnchorProperties))
            {
                continue;
            }
            var value = ReadNumber(anchor, "value", anchorPath, required: true);
            var label = ReadText(anchor, "label", anchorPath, required: true);
            if (value is not { } v || label is null)
            {
                continue;
            }
            if (min is { } lo && max is { } hi && lo < hi && step > 0
                && (v < lo || v > hi || !new ResponseScale("", ScaleKind.Numeric, lo, hi, step, []).IsOnStep(v)))
            {
                Problem($"{anchorPath}.value", "anchor.offScale", Format(v), Format(lo), Format(hi), Format(step));
            }
            else if (anchors.Any(a => a.Value == v))
            {
                Problem($"{anchorPath}.value", "anchor.duplicate", Format(v));
            }
            else
            {
                anchors.Add(new ScaleAnchor(v, label));
            }
        }
        if (kind == ScaleKind.Likert && index < 2)
        {
            Problem($"{path}.anchors", "anchor.likertTwo");
        }
        anchors.Sort((a, b) => a.Value.CompareTo(b.Value));
        return anchors;
    }

    private List<ItemDraft> ReadItems(JsonElement root, Dictionary<string, ResponseScale> scales, bool textFromFile)
    {
        var items = new List<ItemDraft>();
        if (!TryGetArray(root, "items", "$", required: true, out var array))
        {
            return items;
        }
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.items[{index++}]";
            if (!CheckObject(element, path, ItemProperties))
            {
                continue;
            }
            var id = ReadString(element, "id", path, required: true, NamePattern(), Hint("column"));
            var text = ReadText(element, "text", path, required: !textFromFile);
            var required = ReadBool(element, "required", path, required: false) ?? true;
            var scaleId = ReadString(element, "scale", path, required: true);
            if (scaleId is not null && !scales.ContainsKey(scaleId) && !ScaleWasDeclared(root, scaleId))
            {
                Problem($"{path}.scale", "item.unknownScale", scaleId);
            }
            if (id is null)
            {
                continue;
            }
            if (items.Any(i => i.Id == id))
            {
                Problem($"{path}.id", "item.duplicateId", id);
                continue;
            }
            items.Add(new ItemDraft(id, text, required, scaleId ?? ""));
        }
        if (index == 0)
        {
            Problem("$.items", "item.none");
        }
        return items;
    }

    // A scale that exists but had its own problems is not "unknown"; don't report the item as well.
    private static bool ScaleWasDeclared(JsonElement root, string scaleId) =>
        root.TryGetProperty("scales", out var scales) && scales.ValueKind == JsonValueKind.Array
        && scales.EnumerateArray().Any(s => s.ValueKind == JsonValueKind.Object
            && s.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() == scaleId);
}
