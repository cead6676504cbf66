namespace Alliance.Web.Hosting;

/// <summary>
/// HTTPS when the platform is served over TLS, and nothing of it on the plain-HTTP loopback default (tests included):
/// <list type="bullet">
/// <item>HSTS on every HTTPS response: a request Kestrel took over TLS, or one a known proxy forwarded with
/// <c>X-Forwarded-Proto: https</c> (<see cref="TrustedProxies"/>). The framework leaves it off for localhost and
/// loopback addresses, so a developer's browser is never pinned to HTTPS there.</item>
/// <item>Redirection of plain HTTP to HTTPS only when there is an HTTPS port to send it to: Kestrel listens on an
/// https URL, or <c>HTTPS_PORT</c> names the port a TLS proxy serves (without one, redirecting is the proxy's job).</item>
/// <item>Every cookie Secure when its request was HTTPS: the sign-in cookie (<c>Workspace/WorkspaceServices.cs</c>)
/// and the antiforgery cookie, which the framework would otherwise never mark Secure.</item>
/// </list>
/// </summary>
internal static class TransportSecurity
{
    /// <summary>How long a browser keeps to HTTPS after seeing the header (a year, as commonly advised).</summary>
    public static readonly TimeSpan HstsMaxAge = TimeSpan.FromDays(365);

    public static IServiceCollection AddTransportSecurity(this IServiceCollection services)
    {
        services.AddHsts(o => o.MaxAge = HstsMaxAge);
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    public static WebApplication UseTransportSecurity(this WebApplication app)
    {
        app.UseHsts();
        if (ServesHttps(app.Configuration))
        {
            app.UseHttpsRedirection();
        }
        return app;
    }

    private static bool ServesHttps(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["https_port"])
        || (configuration["urls"] ?? "").Contains("https://", StringComparison.OrdinalIgnoreCase)
        || configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Any(e => (e["Url"] ?? "").StartsWith("https://", StringComparison.OrdinalIgnoreCase));
}
