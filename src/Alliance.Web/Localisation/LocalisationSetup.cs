using System.Globalization;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Localization;

namespace Alliance.Web.Localisation;

/// <summary>
/// The pages' wording comes from <c>.resx</c> files through
/// <see cref="Microsoft.Extensions.Localization.IStringLocalizer"/>; the framework's
/// <see cref="RequestLocalizationMiddleware"/> sets each request's language (<c>?lang=</c>, else Accept-Language,
/// else English). Only the UI culture changes: numbers and dates keep the invariant culture.
/// </summary>
public static class LocalisationSetup
{
    public static IServiceCollection AddPageLocalisation(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<WorkspaceText>();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(
                CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo(Languages.Default));
            o.SupportedCultures = [CultureInfo.InvariantCulture];
            o.SupportedUICultures = [.. Languages.All.Select(CultureInfo.GetCultureInfo)];
            o.FallBackToParentUICultures = false;
            o.RequestCultureProviders = [new LangQueryCultureProvider(), new AcceptLanguageCultureProvider()];
        });
        return services;
    }

    /// <summary>
    /// Sets the request's language. Placed after the status-code pages so that a re-executed <c>/status/{code}</c>,
    /// which runs without the original query, chooses its language again (from Accept-Language), as it always has.
    /// </summary>
    public static IApplicationBuilder UsePageLocalisation(this IApplicationBuilder app) => app.UseRequestLocalization();
}
