namespace Alliance.Data.Paging;

/// <summary>
/// Which page of a long list a request asks for: a 1-based page number of <see cref="Size"/> rows. Every paginated
/// workspace page and the query behind it take one, so each request reads a page of rows, never the whole study.
/// </summary>
public readonly record struct PageRequest
{
    /// <summary>Rows per page on every paginated workspace page (dyads, people, reminders).</summary>
    public const int DefaultSize = 50;

    public PageRequest(int number, int size = DefaultSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        Number = Math.Max(1, number);
        Size = size;
    }

    /// <summary>The page asked for, 1-based; anything below 1 reads as the first page.</summary>
    public int Number { get; }

    public int Size { get; }

    /// <summary>Rows before this page (for <c>OFFSET</c> / <c>Skip</c>).</summary>
    public int Offset => (Number - 1) * Size;

    /// <summary>The page from a query-string value: missing or below 1 is the first page.</summary>
    public static PageRequest From(int? page) => new(page ?? 1);

    /// <summary>
    /// This page, or the last page that has rows when the list has only <paramref name="total"/> rows (a bookmark to
    /// page 9 of a list that shrank to 3 pages shows page 3, not an empty table).
    /// </summary>
    public PageRequest Within(long total)
    {
        var last = (int)Math.Max(1, (total + Size - 1) / Size);
        return Number <= last ? this : new PageRequest(last, Size);
    }
}
