using System.Globalization;
using System.Text.Json;

namespace Alliance.Data.Instruments;

/// <summary>
/// What the data layer reads from a frozen instrument definition (JSON): ids, items, their response scale and
/// subscale. Interim reader until Alliance.Instruments' loader is merged: it accepts
/// <c>{"id", "version", "title", "scale": {"min", "max", "step", "labels": {"1": "…"}},
/// "items": [{"id", "subscale", "required", "reverse", "scale"}]}</c> where an item's <c>scale</c> overrides the top one.
/// </summary>
internal sealed record FrozenDefinition(string Id, string Version, string Title, IReadOnlyList<DefinitionItem> Items)
{
    public static FrozenDefinition Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var scale = root.TryGetProperty("scale", out var s) ? ReadScale(s, null) : new ItemScale(0, 10, 1, new Dictionary<decimal, string>());
        var items = new List<DefinitionItem>();
        if (root.TryGetProperty("items", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in list.EnumerateArray())
            {
                items.Add(new DefinitionItem(
                    item.GetProperty("id").GetString() ?? throw new FormatException("item without id"),
                    item.TryGetProperty("subscale", out var sub) && sub.ValueKind == JsonValueKind.String ? sub.GetString() : null,
                    item.TryGetProperty("required", out var req) && req.ValueKind == JsonValueKind.True,
                    item.TryGetProperty("reverse", out var rev) && rev.ValueKind == JsonValueKind.True,
                    item.TryGetProperty("scale", out var own) ? ReadScale(own, scale) : scale));
            }
        }
        return new FrozenDefinition(Text(root, "id"), Text(root, "version"),
            root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : Text(root, "id"), items);
    }

    public DefinitionItem? Item(string id) => Items.FirstOrDefault(i => i.Id == id);

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";

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
