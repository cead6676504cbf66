using Microsoft.AspNetCore.Authentication.Cookies;

namespace Alliance.Web.Workspace;

/// <summary>Registers the researcher workspace: cookie sign-in for the pages, the sign-in check.</summary>
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
            });
        services.AddAuthorization();
        services.AddScoped<AccountSignIn>();
        return services;
    }
}
