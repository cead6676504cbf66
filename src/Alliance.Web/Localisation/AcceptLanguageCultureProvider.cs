using Microsoft.AspNetCore.Localization;

namespace Alliance.Web.Localisation;

/// <summary>
/// The best language of Accept-Language that the pages are written in: entries with quality 0 are refused, the rest
/// tried by descending quality, each by its primary subtag (<c>de-CH</c> → <c>de</c>). The framework's own provider
/// differs in ways a visitor would see: it tries only the first three entries, does not skip <c>q=0</c>, and finds
/// <c>de</c> from <c>de-CH</c> through the culture's parent, which invariant globalization does not know.
/// </summary>
internal sealed class AcceptLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var accepted = httpContext.Request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is null or > 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var language in accepted)
        {
            var code = language.Value.Value?.Split('-')[0].ToLowerInvariant();
            if (Languages.IsWritten(code))
            {
                return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(code));
            }
        }
        return Task.FromResult<ProviderCultureResult?>(null);
    }
}
