namespace Alliance.Analysis.Reliability;

/// <summary>
/// One item's row of <c>psych::alpha</c>'s <c>item.stats</c> and <c>alpha.drop</c>.
/// Mean and sd (N−1) are over the rows where the item is present (listwise: over complete rows), after
/// reverse keying. <see cref="ItemRestCorrelation"/> is psych's <c>r.drop</c>: the correlation of the item
/// with the sum of the other items, computed from the covariance matrix as
/// (Σⱼ Cᵢⱼ − Cᵢᵢ) / √(Cᵢᵢ · Σ C₋ᵢ,₋ᵢ). <see cref="AlphaIfDeleted"/> is raw α of the other items.
/// </summary>
/// <param name="Item">Column name.</param>
/// <param name="Reversed">True when the item was reverse keyed.</param>
/// <param name="N">Rows where the item is present (listwise: complete rows).</param>
/// <param name="Mean">Item mean after reverse keying.</param>
/// <param name="StandardDeviation">Item sd, N−1 normaliser.</param>
/// <param name="ItemRestCorrelation">Corrected item–total (item–rest) correlation, psych <c>r.drop</c>.</param>
/// <param name="AlphaIfDeleted">Raw α without this item, psych <c>alpha.drop$raw_alpha</c>.</param>
public sealed record ItemStatistics(
    string Item,
    bool Reversed,
    int N,
    double Mean,
    double StandardDeviation,
    double ItemRestCorrelation,
    double AlphaIfDeleted);
