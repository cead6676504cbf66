namespace Alliance.Web.Hosting;

/// <summary>
/// Headers on every response. Participant links carry a secret token in the path, so no page may leak its URL
/// through Referer, be framed, or run inline script (CSP without 'unsafe-inline'). Pages and API answers carry
/// answers, clinical scores and participant links, so none may be stored by a browser or a shared cache
/// (<c>Cache-Control: no-store</c>, the one place that says so); only the static files, which set their own
/// <see cref="StaticFileCaching"/>, are exempt.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var headers = ((HttpContext)state).Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
            if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
