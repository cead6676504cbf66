namespace Alliance.Data.Export;

/// <summary>What an export wrote: its columns (for the codebook and scripts) and the number of data rows.</summary>
public sealed record ExportResult(long StudyId, ExportFormat Format, IReadOnlyList<ExportColumn> Columns, long Rows);
