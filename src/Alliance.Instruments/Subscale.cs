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

    /// <summary>Minimum answered items for a score (from <see cref="Missing"/>).</summary>
    public int RequiredCount => Missing.RequiredCount(Items.Count);
}
