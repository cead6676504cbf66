using Alliance.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Listing;

/// <summary>Reads one <see cref="Page{T}"/> of an ordered query: a count over the filter, then <c>OFFSET</c>/<c>LIMIT</c>.</summary>
public static class PagedQuery
{
    /// <summary>
    /// The rows of <paramref name="request"/> (or of the last page that has rows, see <see cref="PageRequest.Within"/>)
    /// and the total. <paramref name="ordered"/> must have a total order, or rows could repeat or vanish between pages.
    /// </summary>
    public static async Task<Page<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var total = await ordered.LongCountAsync(ct);
        var shown = request.Within(total);
        var rows = total == 0 ? [] : await ordered.Skip(shown.Offset).Take(shown.Size).ToListAsync(ct);
        return new Page<T>(rows, shown, total);
    }
}
