using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;

namespace Alliance.Web.Hosting;

/// <summary>
/// Answers 405 with <c>Allow</c> for a method no handler of the routed Razor page takes. Routing only does this for
/// endpoints that declare their methods, which pages do not: a page takes every method and, with no handler to run,
/// rendered with an empty model (<c>TRACE /s/{token}</c> was a 500, issue #15), or the request was refused by sign-in
/// (302) or antiforgery (400) for a method it could never use. Runs after routing and before authentication, so the
/// answer is the same signed in or out; the status page middleware gives it a body (an HTML page under /s and
/// /studies). A page re-executed for a status code keeps the original method and is let through.
/// </summary>
internal sealed class PageMethods(RequestDelegate next, PageLoader loader)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is { } endpoint && endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null && context.Features.Get<IExceptionHandlerFeature>() is null)
        {
            var allowed = AllowedMethods(await loader.LoadAsync(descriptor, endpoint.Metadata));
            if (!allowed.Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase))
            {
                context.Response.Headers.Allow = string.Join(", ", allowed);
                context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                return;
            }
        }
        await next(context);
    }

    /// <summary>The methods of the page's handlers (HEAD wherever GET is, as Razor Pages runs GET handlers for it).</summary>
    private static string[] AllowedMethods(CompiledPageActionDescriptor page)
    {
        var methods = page.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        if (methods.Count == 0)
        {
            methods.Add(HttpMethods.Get);
        }
        if (methods.Contains(HttpMethods.Get))
        {
            methods.Add(HttpMethods.Head);
        }
        return [.. methods.Order(StringComparer.Ordinal)];
    }
}
