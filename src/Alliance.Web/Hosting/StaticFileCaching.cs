using Microsoft.AspNetCore.StaticFiles;

namespace Alliance.Web.Hosting;

/// <summary>
/// Caching of the static files (stylesheets, scripts): a browser may keep them but asks again each time
/// (<c>no-cache</c>, answered 304 by their ETag), so a new release's files are used at once. Everything else is
/// <c>no-store</c> (<see cref="SecurityHeaders"/>).
/// </summary>
internal static class StaticFileCaching
{
    public static StaticFileOptions Options { get; } = new()
    {
        OnPrepareResponse = static context => context.Context.Response.Headers.CacheControl = "no-cache",
    };
}
