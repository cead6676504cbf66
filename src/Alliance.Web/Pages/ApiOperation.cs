using Alliance.Web.ApiReference;
using Microsoft.OpenApi;

namespace Alliance.Web.Pages;

/// <summary>One operation of the OpenAPI document as the reference page shows it.</summary>
public sealed record ApiOperation(string Method, string Path, string? Summary, string? Description, bool NeedsToken,
    IReadOnlyList<(string Name, string In, bool Required, string? Description)> Parameters,
    IReadOnlyList<(string Status, string? Description, IReadOnlyList<string> MediaTypes)> Responses)
{
    /// <summary>An anchor for the operation, e.g. <c>get-api-v1-surveys-token</c>.</summary>
    public string Anchor => string.Concat($"{Method}-{Path}".ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');

    /// <summary>The document's operations ordered by path, then method.</summary>
    public static IEnumerable<ApiOperation> All(OpenApiDocument document) =>
        from path in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal)
        from operation in path.Value.Operations ?? []
        orderby operation.Key.Method
        select new ApiOperation(operation.Key.Method, path.Key, operation.Value.Summary, operation.Value.Description,
            operation.Value.Security?.Any(r => r.Keys.Any(k => k.Reference.Id == ApiDocument.TokenScheme)) == true,
            [.. (operation.Value.Parameters ?? []).Select(p => (p.Name ?? "", p.In?.ToString().ToLowerInvariant() ?? "", p.Required, p.Description))],
            [.. (operation.Value.Responses ?? []).OrderBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => (r.Key, r.Value.Description, (IReadOnlyList<string>)[.. r.Value.Content?.Keys ?? []]))]);
}
