using Alliance.Instruments;

namespace Alliance.Data.Export;

/// <summary>One column of an export, as the codebook describes it.</summary>
/// <param name="Name">Header name.</param>
/// <param name="Kind">Type.</param>
/// <param name="Description">What the column holds.</param>
/// <param name="ValueLabels">Code → label for coded answers; empty otherwise.</param>
public sealed record ExportColumn(string Name, ColumnKind Kind, string Description, IReadOnlyDictionary<decimal, string> ValueLabels)
{
    /// <summary>A column without value labels.</summary>
    public ExportColumn(string name, ColumnKind kind, string description)
        : this(name, kind, description, new Dictionary<decimal, string>())
    {
    }

    /// <summary>For a score column: the instrument versions whose score it holds, with rule and range; empty otherwise.</summary>
    public IReadOnlyList<ColumnScoring> Scoring { get; init; } = [];

    /// <summary>For an item column: the item's wording in the study's first language; empty otherwise (and when the wording is licensed and not installed).</summary>
    public string Wording { get; init; } = "";

    /// <summary>For an item column: the item's response scale (its range and kind go into the codebook); null otherwise.</summary>
    public ResponseScale? Scale { get; init; }
}
