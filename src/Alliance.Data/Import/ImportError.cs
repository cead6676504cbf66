namespace Alliance.Data.Import;

/// <summary>A problem with one cell or row of an import file.</summary>
/// <param name="Line">1-based line in the file (1 = header).</param>
/// <param name="Column">Column name at fault (empty when the whole row is).</param>
/// <param name="Reason">What is wrong.</param>
public sealed record ImportError(int Line, string Column, string Reason)
{
    /// <summary>The column's 1-based position, or 0 when unknown.</summary>
    public int ColumnNumber { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        ColumnNumber > 0 ? $"line {Line}, column {ColumnNumber} ({Column}): {Reason}"
        : Column.Length > 0 ? $"line {Line}, column {Column}: {Reason}" : $"line {Line}: {Reason}";
}
