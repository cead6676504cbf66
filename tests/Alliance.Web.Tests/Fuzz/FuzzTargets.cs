using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>
/// Every route of the running app, read from its <see cref="EndpointDataSource"/> so that a route added later is fuzzed
/// without editing the test: its template, the methods it takes and, for a page, its handlers' names.
/// </summary>
internal sealed record FuzzTarget(string Template, RoutePattern Pattern, IReadOnlyList<string> Methods,
    IReadOnlyList<string> Handlers, bool IsPage, bool AnyMethod = false)
{
    public bool IsApi => Template.StartsWith("/api/", StringComparison.Ordinal);

    public static async Task<List<FuzzTarget>> AllAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var targets = new List<FuzzTarget>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append(HttpMethods.Get).Distinct();
                targets.Add(new FuzzTarget(template, endpoint.RoutePattern, [.. methods],
                    [.. page.HandlerMethods.Select(h => h.Name).OfType<string>().Distinct()], IsPage: true));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
                targets.Add(new FuzzTarget(template, endpoint.RoutePattern, [.. methods ?? [HttpMethods.Get]], [], IsPage: false,
                    AnyMethod: methods is null));
            }
        }
        // A page and an API can share a template with different methods; both stay, each with its own methods.
        return [.. targets.OrderBy(t => t.Template, StringComparer.Ordinal)];
    }

    /// <summary>The path with each route parameter filled by <paramref name="value"/> (name, constraint → text).</summary>
    public string Path(Func<RoutePatternParameterPart, string> value) =>
        "/" + string.Join('/', Pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternParameterPart parameter => value(parameter),
            RoutePatternSeparatorPart separator => separator.Content,
            _ => "",
        }))));

    public override string ToString() => Template;
}
