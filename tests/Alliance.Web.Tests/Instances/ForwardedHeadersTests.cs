using System.Net;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Behind a proxy the client's address and scheme come from X-Forwarded-For and -Proto; they are believed from the
/// configured proxies only, and HTTPS (HSTS, Secure cookies, redirection) follows the scheme believed. The test client
/// connects from 127.0.0.1, so to <see cref="ProxyInstances.BehindLoopbackProxy"/> it is a known proxy.
/// </summary>
public sealed class ForwardedHeadersTests(ProxyInstances apps) : IClassFixture<ProxyInstances>
{
    private const string ClientAddress = "203.0.113.7";

    [Fact]
    public async Task TheForwardedAddressAndSchemeAreBelievedFromAConfiguredProxy()
    {
        Assert.Equal($"{ClientAddress} https", await EchoAsync(apps.BehindLoopbackProxy, "https"));
        Assert.Equal("127.0.0.1 http", await EchoAsync(apps.BehindLoopbackProxy, proto: null, forwardedFor: null));
    }

    [Fact]
    public async Task ForwardedHeadersFromAnyOtherAddressAreIgnored()
    {
        Assert.Equal("127.0.0.1 http", await EchoAsync(apps.Untrusting, "https"));
        Assert.Equal("127.0.0.1 http", await EchoAsync(apps.BehindAnotherProxy, "https"));
    }

    [Fact]
    public async Task HstsIsSentOnHttpsForwardedByAKnownProxyAndNeverOnPlainHttp()
    {
        using var https = await GetAsync(apps.BehindLoopbackProxy, "/", "https");
        using var http = await GetAsync(apps.BehindLoopbackProxy, "/", "http");
        using var unforwarded = await GetAsync(apps.BehindLoopbackProxy, "/", proto: null, forwardedFor: null);
        using var untrusted = await GetAsync(apps.Untrusting, "/", "https");

        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        var hsts = Assert.Single(https.Headers.GetValues("Strict-Transport-Security"));
        Assert.StartsWith("max-age=31536000", hsts, StringComparison.Ordinal);
        foreach (var plain in new[] { http, unforwarded, untrusted })
        {
            Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
            Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
        }
    }

    [Fact]
    public async Task CookiesAreSecureWhenTheRequestWasHttps()
    {
        using var https = await GetAsync(apps.BehindLoopbackProxy, "/login", "https");
        using var http = await GetAsync(apps.BehindLoopbackProxy, "/login", "http");

        var secure = Assert.Single(https.Headers.GetValues("Set-Cookie"));
        var plain = Assert.Single(http.Headers.GetValues("Set-Cookie"));
        Assert.Contains("; secure", secure, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("; secure", plain, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlainHttpIsRedirectedOnlyWhenThereIsAnHttpsPortToRedirectTo()
    {
        using var http = await GetAsync(apps.RedirectingToHttps, "/", "http");
        using var https = await GetAsync(apps.RedirectingToHttps, "/", "https");
        using var noPort = await GetAsync(apps.BehindLoopbackProxy, "/", "http");

        Assert.Equal(HttpStatusCode.TemporaryRedirect, http.StatusCode);
        Assert.Equal(new Uri("https://alliance.example:8443/"), http.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        Assert.Equal(HttpStatusCode.OK, noPort.StatusCode);
    }

    [Fact]
    public async Task AProxySettingThatIsNoAddressStopsTheStart()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WebInstance.StartAsync(
            "Host=127.0.0.1;Database=unused", ["--ForwardedHeaders:KnownProxies", "proxy.example"]));

        Assert.Contains("ForwardedHeaders:KnownProxies holds 'proxy.example'", error.Message, StringComparison.Ordinal);
    }

    private static async Task<string> EchoAsync(WebInstance instance, string? proto, string? forwardedFor = ClientAddress)
    {
        using var response = await GetAsync(instance, RequestEcho.Path, proto, forwardedFor);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A request as the proxy forwards it, for a public host name (HSTS is never sent for loopback names).</summary>
    private static async Task<HttpResponseMessage> GetAsync(WebInstance instance, string path, string? proto,
        string? forwardedFor = ClientAddress)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, instance.Url(path));
        request.Headers.Host = "alliance.example";
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
        }
        return await client.SendAsync(request);
    }
}
