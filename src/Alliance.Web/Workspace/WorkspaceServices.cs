using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;

namespace Alliance.Web.Workspace;

/// <summary>Registers the researcher workspace: cookie sign-in for the pages, API tokens for the API, the study policies and their gate.</summary>
internal static class WorkspaceServices
{
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/logout";
                o.AccessDeniedPath = "/login";
                o.Cookie.Name = "alliance.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                // Secure whenever the request came over HTTPS; the plain-HTTP loopback default keeps working.
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddAuthorization(StudyPolicies.AddTo);
        services.AddScoped<IAuthorizationHandler, StudyGate>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, StudyGateResults>();
        services.AddScoped<AccountSignIn>();
        return services;
    }
}
