using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>An item column of the wide layout.</summary>
/// <param name="Id">Item id (the column name unless it clashes with an identifying column).</param>
/// <param name="Subscale">The first subscale that scores the item; null when only the total does.</param>
/// <param name="Labels">Value labels of the item's scale.</param>
/// <param name="Wording">The item's wording in the study's first language; empty when it is licensed and not installed.</param>
/// <param name="Scale">The item's response scale.</param>
internal sealed record ExportItem(string Id, string? Subscale, IReadOnlyDictionary<decimal, string> Labels, string Wording, ResponseScale Scale)
{
    /// <summary>The item as a column named <paramref name="name"/>, with its wording, scale and value labels.</summary>
    public ExportColumn Column(string name, ColumnKind kind) =>
        new(name, kind, $"Answer to item {Id}" + (Subscale is null ? "" : $" ({Subscale})"), Labels) { Wording = Wording, Scale = Scale };
}
