using System.Text.Json;

namespace Alliance.Instruments.Loading;

/// <summary>Reverse keys, subscales, the total and cutoffs.</summary>
internal sealed partial class DefinitionReader
{
    private static readonly string[] SubscaleProperties = ["id", "title", "items", "scoring", "missing"];
    private static readonly string[] TotalProperties = ["title", "items", "scoring", "missing"];
    private static readonly string[] MissingProperties = ["min_answered", "min_fraction"];
    private static readonly string[] CutoffProperties = ["id", "when", "label"];

    private HashSet<string> ReadReverseKeys(JsonElement root, List<ItemDraft> items)
    {
        var reversed = new HashSet<string>(StringComparer.Ordinal);
        var list = ReadStringArray(root, "reverse_keyed", "$", required: false, null, null) ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (items.Any(item => item.Id == list[i]))
            {
                reversed.Add(list[i]);
            }
            else if (ItemWasDeclared(root, list[i]) is false)
            {
                Problem($"$.reverse_keyed[{IndexIn(root, "reverse_keyed", list[i])}]", "reverse.unknownItem", list[i]);
            }
        }
        return reversed;
    }

    private List<SubscaleDraft> ReadSubscales(JsonElement root, List<ItemDraft> items)
    {
        var subscales = new List<SubscaleDraft>();
        if (!TryGetArray(root, "subscales", "$", required: false, out var array))
        {
            return subscales;
        }
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.subscales[{index++}]";
            if (!CheckObject(element, path, SubscaleProperties))
            {
                continue;
            }
            var id = ReadString(element, "id", path, required: true, NamePattern(), Hint("column"));
            if (id == "total")
            {
                Problem($"{path}.id", "subscale.totalReserved");
                id = null;
            }
            else if (id is not null && subscales.Any(s => s.Id == id))
            {
                Problem($"{path}.id", "subscale.duplicateId", id);
                id = null;
            }
            else if (id is not null && items.Any(i => i.Id == id))
            {
                Problem($"{path}.id", "subscale.itemId", id);
                id = null;
            }
            var draft = ReadScored(element, path, id, requireItems: true, root, items);
            if (draft is not null)
            {
                subscales.Add(draft);
            }
        }
        return subscales;
    }

    private SubscaleDraft? ReadTotal(JsonElement root, List<ItemDraft> items)
    {
        if (!TryGet(root, "total", "$", required: false, out var element) || !CheckObject(element, "$.total", TotalProperties))
        {
            return null;
        }
        return ReadScored(element, "$.total", "total", requireItems: false, root, items);
    }

    private SubscaleDraft? ReadScored(JsonElement element, string path, string? id, bool requireItems, JsonElement root, List<ItemDraft> items)
    {
        var count = _problems.Count;
        var title = ReadText(element, "title", path, required: true);
        var itemIds = ReadStringArray(element, "items", path, required: requireItems, null, null);
        for (var i = 0; i < (itemIds?.Count ?? 0); i++)
        {
            if (!items.Any(item => item.Id == itemIds![i]) && ItemWasDeclared(root, itemIds![i]) is false)
            {
                Problem($"{path}.items[{i}]", "score.unknownItem", itemIds[i]);
            }
        }
        if (itemIds is { Count: 0 })
        {
            Problem($"{path}.items", "score.noItems");
        }
        var scoring = ReadString(element, "scoring", path, required: true);
        ScoringRule? rule = scoring switch { "sum" => ScoringRule.Sum, "mean" => ScoringRule.Mean, _ => null };
        if (scoring is not null && rule is null)
        {
            Problem($"{path}.scoring", "score.unknownRule", scoring);
        }
        var missing = ReadMissingRule(element, path, itemIds?.Count ?? items.Count);
        if (_problems.Count > count || id is null)
        {
            return null;
        }
        return new SubscaleDraft(id, title!, itemIds, rule!.Value, missing!);
    }

    private MissingItemRule? ReadMissingRule(JsonElement element, string path, int itemCount)
    {
        if (!TryGet(element, "missing", path, required: true, out var rule) || !CheckObject(rule, $"{path}.missing", MissingProperties))
        {
            return null;
        }
        var rulePath = $"{path}.missing";
        var hasCount = rule.TryGetProperty("min_answered", out _);
        var hasFraction = rule.TryGetProperty("min_fraction", out _);
        if (hasCount == hasFraction)
        {
            Problem(rulePath, "missing.exactlyOne");
            return null;
        }
        if (hasCount)
        {
            var n = ReadNumber(rule, "min_answered", rulePath, required: true);
            if (n is not { } count)
            {
                return null;
            }
            if (count != Math.Floor(count) || count < 1 || (itemCount > 0 && count > itemCount))
            {
                Problem($"{rulePath}.min_answered", "missing.count", Format(count), itemCount);
                return null;
            }
            return MissingItemRule.AtLeast((int)count);
        }
        var f = ReadNumber(rule, "min_fraction", rulePath, required: true);
        if (f is not { } fraction)
        {
            return null;
        }
        if (fraction is <= 0 or > 1)
        {
            Problem($"{rulePath}.min_fraction", "missing.fraction", Format(fraction));
            return null;
        }
        return MissingItemRule.AtLeastFraction(fraction);
    }

    private List<Cutoff> ReadCutoffs(JsonElement root, HashSet<string> scoreIds)
    {
        var cutoffs = new List<Cutoff>();
        if (!TryGetArray(root, "cutoffs", "$", required: false, out var array))
        {
            return cutoffs;
        }
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.cutoffs[{index++}]";
            if (!CheckObject(element, path, CutoffProperties))
            {
                continue;
            }
            var id = ReadString(element, "id", path, required: true, IdPattern(), Hint("slug"));
            var when = ReadString(element, "when", path, required: true);
            var label = ReadText(element, "label", path, required: true);
            if (id is not null && cutoffs.Any(c => c.Id == id))
            {
                Problem($"{path}.id", "cutoff.duplicateId", id);
                id = null;
            }
            if (when is null)
            {
                continue;
            }
            if (!Cutoff.TryParseCoded(when, out var scoreId, out var comparison, out var threshold, out var error))
            {
                Problem($"{path}.when", error.Code, error.Arguments);
            }
            else if (!scoreIds.Contains(scoreId) && !ScoreWasDeclared(root, scoreId))
            {
                Problem($"{path}.when", "cutoff.unknownScore", when, scoreId);
            }
            else if (id is not null && label is not null)
            {
                cutoffs.Add(new Cutoff(id, scoreId, comparison, threshold, label));
            }
        }
        return cutoffs;
    }

    // Items and subscales with problems of their own are not reported again as "unknown" where referenced.
    private static bool ItemWasDeclared(JsonElement root, string itemId) => Declares(root, "items", itemId);

    private static bool ScoreWasDeclared(JsonElement root, string scoreId) =>
        Declares(root, "subscales", scoreId) || (scoreId == "total" && root.TryGetProperty("total", out _));

    private static bool Declares(JsonElement root, string arrayName, string id) =>
        root.TryGetProperty(arrayName, out var array) && array.ValueKind == JsonValueKind.Array
        && array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object
            && e.TryGetProperty("id", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() == id);

    private static int IndexIn(JsonElement root, string arrayName, string value)
    {
        var i = 0;
        foreach (var element in root.GetProperty(arrayName).EnumerateArray())
        {
            if (element.ValueKind == JsonValueKind.String && element.GetString() == value)
            {
                return i;
            }
            i++;
        }
        return -1;
    }
}
