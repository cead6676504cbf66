using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Alliance.Web.Hosting;

/// <summary>
/// Brotli or gzip (at their fastest levels: the machine's cores serve participants first) for HTML, stylesheets, scripts
/// and SVG; a workspace list page shrinks to about a tenth. Not for the participants' answers (<c>POST /s/{token}</c>
/// and <c>/api/v1/surveys</c>: small bodies, latency-critical, nothing to gain), not for JSON or CSV (exports stream
/// large files whose first byte must come soon).
/// <para>
/// Over HTTPS, compression is safe against BREACH only where a response does not carry a secret that stays the same
/// across requests <em>and</em> reflect input an attacker can choose. Here: the antiforgery field is protected with a
/// fresh IV on every render (a different value in each response), so there is no fixed secret to guess byte by byte;
/// the survey page's secret is the token in its own address, which an attacker would need to know to make the browser
/// ask for it; links and API tokens are shown once, each response a new one. Cookies travel in headers, which this does
/// not touch. A page that ever shows a lasting secret next to a reflected query value must not be compressed: add it to
/// <see cref="IsExcluded"/>.
/// </para>
/// </summary>
internal static class HtmlCompression
{
    public static readonly string[] MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml"];

    public static IServiceCollection AddHtmlCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = MimeTypes;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UseHtmlCompression(this IApplicationBuilder app) =>
        app.UseWhen(c => !IsExcluded(c.Request), b => b.UseResponseCompression());

    /// <summary>A participant sending answers (the form post without JavaScript, or the survey API).</summary>
    public static bool IsExcluded(HttpRequest request) =>
        request.Path.StartsWithSegments("/api/v1/surveys", StringComparison.Ordinal)
        || (HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments("/s", StringComparison.Ordinal));
}
