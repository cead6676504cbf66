using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy, so the client's address and the scheme it used arrive
/// in <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>. Those headers are believed only from the proxies named in
/// <c>ForwardedHeaders:KnownProxies</c> (addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges); with
/// neither set nothing is believed, from anyone, loopback included (the framework's own default trusts loopback).
/// <c>ForwardedHeaders:ForwardLimit</c> (default 1, one proxy in front) is how many hops are read back from the
/// right, each of which must be a known proxy. The client address feeds the sign-in and token-guess limits, so a
/// header from anyone else must never set it.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = SettingList.Read(configuration, $"{Section}:KnownProxies")
            .Select(p => IPAddress.TryParse(p, out var address) ? address : throw Invalid("KnownProxies", p, "an IP address")).ToList();
        var networks = SettingList.Read(configuration, $"{Section}:KnownNetworks")
            .Select(n => System.Net.IPNetwork.TryParse(n, out var network) ? network
                : throw Invalid("KnownNetworks", n, "a network in CIDR notation (10.0.0.0/8)")).ToList();
        var limit = configuration.GetValue<int?>($"{Section}:ForwardLimit") ?? 1;
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, limit);
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            proxies.ForEach(o.KnownProxies.Add);
            networks.ForEach(o.KnownIPNetworks.Add);
        });
        return services;
    }

    /// <summary>Reads the forwarded headers first thing, when there is any proxy to believe.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
        return app;
    }

    private static InvalidOperationException Invalid(string setting, string value, string expected) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{Section}:{setting} holds '{value}', which is not {expected}."));
}
