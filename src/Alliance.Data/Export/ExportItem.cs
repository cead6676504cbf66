namespace Alliance.Data.Export;

/// <summary>An item column of the wide layout.</summary>
/// <param name="Id">Item id (the column name unless it clashes with an identifying column).</param>
/// <param name="Subscale">The first subscale that scores the item; null when only the total does.</param>
/// <param name="Labels">Value labels of the item's scale.</param>
internal sealed record ExportItem(string Id, string? Subscale, IReadOnlyDictionary<decimal, string> Labels);
