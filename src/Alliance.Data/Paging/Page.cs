namespace Alliance.Data.Paging;

/// <summary>
/// One page of a list and how many rows the whole (filtered) list has, as a query returns it: the rows are read with
/// <c>OFFSET</c>/<c>LIMIT</c>, the total by a count over the same filter.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Rows, PageRequest Request, long Total)
{
    public int Number => Request.Number;

    public int PageCount => (int)Math.Max(1, (Total + Request.Size - 1) / Request.Size);

    /// <summary>1-based position of the first row shown (0 when the list is empty).</summary>
    public long First => Rows.Count == 0 ? 0 : Request.Offset + 1L;

    /// <summary>1-based position of the last row shown (0 when the list is empty).</summary>
    public long Last => Rows.Count == 0 ? 0 : Request.Offset + (long)Rows.Count;

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < PageCount;
}
