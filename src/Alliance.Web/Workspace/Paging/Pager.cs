using Alliance.Data.Paging;

namespace Alliance.Web.Workspace.Paging;

/// <summary>
/// What the shared <c>_Pager</c> partial shows under a paginated table: which rows of how many, and links to the
/// previous and next page. The links keep every other query parameter of the request (filters, sort, language), so
/// paging never loses a filter; only <c>page</c> changes.
/// </summary>
public sealed record Pager(long First, long Last, long Total, int Number, int PageCount, string? PreviousUrl, string? NextUrl)
{
    /// <summary>The pager for <paramref name="page"/> as the current request shows it.</summary>
    public static Pager For<T>(Page<T> page, HttpRequest request) => new(
        page.First,
        page.Last,
        page.Total,
        page.Number,
        page.PageCount,
        page.HasPrevious ? UrlFor(request, page.Number - 1) : null,
        page.HasNext ? UrlFor(request, page.Number + 1) : null);

    /// <summary>The current request's path and query with <c>page</c> set to <paramref name="number"/> (dropped for 1).</summary>
    public static string UrlFor(HttpRequest request, int number)
    {
        var query = request.Query
            .Where(p => !string.Equals(p.Key, "page", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(p.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (number > 1)
        {
            query.Add(new("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
