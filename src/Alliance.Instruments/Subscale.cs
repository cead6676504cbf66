namespace Alliance.Instruments;

/// <summary>A scored set of items: a subscale, or the instrument's total (<see cref="IsTotal"/>).</summary>
public sealed class Subscale
{
    /// <summary>Creates a subscale over resolved items.</summary>
    public Subscale(string id, LocalizedText title, IReadOnlyList<Item> items, ScoringRule rule, MissingItemRule missing, bool isTotal)
    {
        Id = id;
        Title = title;
        Items = items;
        Rule = rule;
        Missing = missing;
        IsTotal = isTotal;
        Range = RangeOf(items, rule);
    }

    /// <summary>Id (<c>total</c> for the total score); also the score column name in CSV output.</summary>
    public string Id { get; }

    /// <summary>Display title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The items scored, in definition order.</summary>
    public IReadOnlyList<Item> Items { get; }

    /// <summary>Sum or mean.</summary>
    public ScoringRule Rule { get; }

    /// <summary>How many items must be answered.</summary>
    public MissingItemRule Missing { get; }

    /// <summary>True for the instrument's total score.</summary>
    public bool IsTotal { get; }

    /// <summary>
    /// The values the score takes for a response that answers every item: for <see cref="ScoringRule.Sum"/> the sums
    /// of the item scales' minima and maxima (0–40 for four 0–10 lines), for <see cref="ScoringRule.Mean"/> their
    /// means (1–5 for 1–5 items). Reverse keying stays within an item's scale, and when every item uses one scale
    /// (as in every shipped instrument) prorated sums and means of fewer answered items stay within it too.
    /// </summary>
    public ScoreRange Range { get; }

    /// <summary>Minimum answered items for a score (from <see cref="Missing"/>).</summary>
    public int RequiredCount => Missing.RequiredCount(Items.Count);

    private static ScoreRange RangeOf(IReadOnlyList<Item> items, ScoringRule rule)
    {
        double min = 0, max = 0;
        foreach (var item in items)
        {
            min += item.Scale.Min;
            max += item.Scale.Max;
        }
        return rule == ScoringRule.Mean && items.Count > 0 ? new ScoreRange(min / items.Count, max / items.Count) : new ScoreRange(min, max);
    }
}
