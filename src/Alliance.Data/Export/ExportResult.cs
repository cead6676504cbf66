namespace Alliance.Data.Export;

/// <summary>What an export wrote: its columns (for the codebook and scripts) and the number of data rows.</summary>
public sealed record ExportResult(long StudyId, ExportFormat Format, IReadOnlyList<ExportColumn> Columns, long Rows)
{
    /// <summary>
    /// The items whose answers the file holds (columns of the wide layout, values of the long layout's <c>item</c>
    /// column), with wording, scale and value labels, for the codebook; empty for the dyadic layout (scores only).
    /// </summary>
    public IReadOnlyList<ExportColumn> Items { get; init; } = [];
}
