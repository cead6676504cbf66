using Alliance.Web.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Workspace;

/// <summary>Registers the researcher workspace: cookie sign-in for the pages, API tokens for the API, the study policies and their gate.</summary>
internal static class WorkspaceServices
{
    public static IServiceCollection AddWorkspace(this IServiceCollection services)
    {
        services.AddOptions<SignInOptions>().BindConfiguration("SignIn");
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
                o.SlidingExpiration = true;
                // The cookie names a server-side session, checked on every request (ResearcherSessionEvents).
                o.EventsType = typeof(ResearcherSessionEvents);
            })
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null);
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<SignInOptions>>((o, signIn) => o.ExpireTimeSpan = signIn.Value.SessionLifetime);
        services.AddAuthorization(StudyPolicies.AddTo);
        services.AddScoped<IAuthorizationHandler, StudyGate>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, StudyGateResults>();
        services.AddSingleton<SignInAddressLimiter>();
        services.AddScoped<ResearcherSessionEvents>();
        services.AddScoped<ResearcherSessions>();
        services.AddScoped<AccountSignIn>();
        services.AddAccounts();
        return services;
    }
}
