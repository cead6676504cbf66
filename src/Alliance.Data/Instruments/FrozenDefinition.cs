using System.Globalization;
using System.Text.Json;

namespace Alliance.Data.Instruments;

/// <summary>
/// What the data layer reads from a frozen instrument definition (JSON): ids, items, their response scale and
/// subscale. Interim reader until Alliance.Instruments' loader is merged. It reads the <c>instruments/</c> format
/// (named <c>scales</c> with <c>anchors</c>, item <c>scale</c> by id, <c>subscales</c>, <c>reverse_keyed</c>,
/// localised titles) and a compact one: <c>{"id", "version", "title", "scale": {"min", "max", "step",
/// "labels": {"1": "…"}}, "items": [{"id", "subscale", "required", "reverse", "scale"}]}</c>. Items are required
/// unless <c>"required": false</c>.
/// </summary>
internal sealed record FrozenDefinition(string Id, string Version, string Title, IReadOnlyList<DefinitionItem> Items)
{
    public static FrozenDefinition Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var scale = root.TryGetProperty("scale", out var s) ? ReadScale(s, null) : new ItemScale(0, 10, 1, new Dictionary<decimal, string>());
        // The instruments/ format (Alliance.Instruments): named scales, subscales and reverse keys listed at the top.
        var named = new Dictionary<string, ItemScale>(StringComparer.Ordinal);
        if (root.TryGetProperty("scales", out var scales) && scales.ValueKind == JsonValueKind.Array)
        {
            foreach (var entry in scales.EnumerateArray())
            {
                named[Text(entry, "id")] = ReadScale(entry, null);
            }
        }
        var subscaleOf = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("subscales", out var subscales) && subscales.ValueKind == JsonValueKind.Array)
        {
            foreach (var sub in subscales.EnumerateArray())
            {
                foreach (var member in sub.TryGetProperty("items", out var m) && m.ValueKind == JsonValueKind.Array ? m.EnumerateArray() : default)
                {
                    subscaleOf.TryAdd(member.GetString() ?? "", Text(sub, "id"));
                }
            }
        }
        var reversed = root.TryGetProperty("reverse_keyed", out var rk) && rk.ValueKind == JsonValueKind.Array
            ? rk.EnumerateArray().Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal) : [];

        var items = new List<DefinitionItem>();
        if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                var id = item.GetProperty("id").GetString() ?? throw new FormatException("item without id");
                var itemScale = !item.TryGetProperty("scale", out var own) ? scale
                    : own.ValueKind == JsonValueKind.String ? named.GetValueOrDefault(own.GetString()!, scale)
                    : ReadScale(own, scale);
                items.Add(new DefinitionItem(id,
                    item.TryGetProperty("subscale", out var sub) && sub.ValueKind == JsonValueKind.String ? sub.GetString() : subscaleOf.GetValueOrDefault(id),
                    // Required unless marked otherwise, as instrument.schema.json says.
                    !(item.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.False),
                    item.TryGetProperty("reverse", out var rev) && rev.ValueKind == JsonValueKind.True || reversed.Contains(id),
                    itemScale));
            }
        }
        return new FrozenDefinition(Text(root, "id"), Text(root, "version"), Text(root, "title") is { Length: > 0 } t ? t : Text(root, "id"), items);
    }

    public DefinitionItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);

    /// <summary>A string property, or the English (else first) entry of a localised one; "" when absent.</summary>
    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) ? Localised(v) ?? "" : "";

    private static string? Localised(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Object => v.TryGetProperty("en", out var en) && en.ValueKind == JsonValueKind.String ? en.GetString()
            : v.EnumerateObject().Select(p => p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null).FirstOrDefault(x => x is not null),
        _ => null,
    };

    private static ItemScale ReadScale(JsonElement s, ItemScale? fallback)
    {
        decimal Number(string name, decimal otherwise) =>
            s.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : otherwise;
        var labels = new Dictionary<decimal, string>();
        if (s.TryGetProperty("labels", out var l) && l.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in l.EnumerateObject())
            {
                if (decimal.TryParse(p.Name, NumberStyles.Number, CultureInfo.InvariantCulture, out var code) && p.Value.ValueKind == JsonValueKind.String)
                {
                    labels[code] = p.Value.GetString()!;
                }
            }
        }
        if (s.TryGetProperty("anchors", out var anchors) && anchors.ValueKind == JsonValueKind.Array)
        {
            foreach (var anchor in anchors.EnumerateArray())
            {
                if (anchor.TryGetProperty("value", out var code) && code.ValueKind == JsonValueKind.Number
                    && anchor.TryGetProperty("label", out var label) && Localised(label) is string text)
                {
                    labels[code.GetDecimal()] = text;
                }
            }
        }
        return new ItemScale(Number("min", fallback?.Min ?? 0), Number("max", fallback?.Max ?? 10), Number("step", fallback?.Step ?? 1),
            labels.Count > 0 ? labels : fallback?.Labels ?? labels);
    }
}

internal sealed record DefinitionItem(string Id, string? Subscale, bool Required, bool Reverse, ItemScale Scale);

internal sealed record ItemScale(decimal Min, decimal Max, decimal Step, IReadOnlyDictionary<decimal, string> Labels)
{
    /// <summary>Null when <paramref name="value"/> is allowed, else the reason.</summary>
    public string? Check(decimal value)
    {
        if (value < Min || value > Max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{value} is outside the scale {Min}–{Max}");
        }
        return Step > 0 && (value - Min) % Step != 0
            ? string.Create(CultureInfo.InvariantCulture, $"{value} is not on the scale's step of {Step} from {Min}")
            : null;
    }
}
