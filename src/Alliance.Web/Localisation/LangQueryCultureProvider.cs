using Microsoft.AspNetCore.Localization;

namespace Alliance.Web.Localisation;

/// <summary>
/// <c>?lang=</c> when it names a language the pages are written in, exactly (<c>?lang=DE</c> or <c>?lang=de-AT</c>
/// fall through to the next provider, as they always did). The framework's query provider would also accept those.
/// </summary>
internal sealed class LangQueryCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var asked = httpContext.Request.Query["lang"].ToString();
        return Task.FromResult(Languages.IsWritten(asked) ? new ProviderCultureResult(asked) : null);
    }
}
