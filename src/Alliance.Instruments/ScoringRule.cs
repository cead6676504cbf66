namespace Alliance.Instruments;

/// <summary>How item values combine into a subscale or total score.</summary>
public enum ScoringRule
{
    /// <summary>Sum of the item values; with missing items, prorated as mean of the answered items × item count.</summary>
    Sum,

    /// <summary>Mean of the answered item values.</summary>
    Mean,
}
