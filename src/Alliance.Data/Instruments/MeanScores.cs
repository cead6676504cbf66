using System.Text.Json.Nodes;

namespace Alliance.Data.Instruments;

/// <summary>
/// Interim scoring used by the demo and the importer until Alliance.Instruments' scoring is merged: each subscale
/// and <c>total</c> is the mean of its answered items (reverse-keyed items flipped as min + max − x); a score is
/// null when fewer than half of its items were answered. Means are unrounded doubles.
/// </summary>
internal static class MeanScores
{
    public static JsonObject Score(FrozenDefinition definition, IReadOnlyDictionary<string, decimal?> answers)
    {
        var scores = new JsonObject();
        foreach (var group in definition.Items.Where(i => i.Subscale is not null).GroupBy(i => i.Subscale!))
        {
            scores[group.Key] = Mean(group.ToList(), answers);
        }
        scores["total"] = Mean(definition.Items, answers);
        return scores;
    }

    private static double? Mean(IReadOnlyList<DefinitionItem> items, IReadOnlyDictionary<string, decimal?> answers)
    {
        var values = new List<double>();
        foreach (var item in items)
        {
            if (answers.TryGetValue(item.Id, out var v) && v is decimal x)
            {
                values.Add((double)(item.Reverse ? item.Scale.Min + item.Scale.Max - x : x));
            }
        }
        return values.Count * 2 >= items.Count && values.Count > 0 ? values.Average() : null;
    }
}
