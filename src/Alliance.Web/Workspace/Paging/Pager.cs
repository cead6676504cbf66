using Alliance.Data.Paging;

namespace Alliance.Web.Workspace.Paging;

/// <summary>
/// What the shared <c>_Pager</c> partial shows under a paginated table: which rows of how many, and links to the
/// previous and next page. The links keep every other query parameter of the request (filters, sort, language), so
/// paging never loses a filter; only the list's page parameter changes (<c>page</c>, or another one where a page
/// has two paginated lists: <see cref="Parameter"/>, which also gives that navigation its id, <c>{parameter}-pager</c>,
/// and <see cref="Label"/> its own name).
/// </summary>
public sealed record Pager(long First, long Last, long Total, int Number, int PageCount, string? PreviousUrl, string? NextUrl,
    string Parameter = Pager.DefaultParameter, string? Label = null)
{
    public const string DefaultParameter = "page";

    /// <summary>The pager for <paramref name="page"/> as the current request shows it, paged by <paramref name="parameter"/>.</summary>
    public static Pager For<T>(Page<T> page, HttpRequest request, string parameter = DefaultParameter, string? label = null) => new(
        page.First,
        page.Last,
        page.Total,
        page.Number,
        page.PageCount,
        page.HasPrevious ? UrlFor(request, page.Number - 1, parameter) : null,
        page.HasNext ? UrlFor(request, page.Number + 1, parameter) : null,
        parameter,
        label);

    /// <summary>The current request's path and query with <paramref name="parameter"/> set to <paramref name="number"/> (dropped for 1).</summary>
    public static string UrlFor(HttpRequest request, int number, string parameter = DefaultParameter)
    {
        var query = request.Query
            .Where(p => !string.Equals(p.Key, parameter, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(p.Key, "handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .ToList();
        if (number > 1)
        {
            query.Add(new(parameter, number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        return request.PathBase + request.Path + QueryString.Create(query);
    }
}
