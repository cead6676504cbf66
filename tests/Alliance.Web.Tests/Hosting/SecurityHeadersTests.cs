using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Hosting;

public class SecurityHeadersTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task EveryResponseForbidsFramingInlineScriptAndReferrers()
    {
        using var response = await app.Client.GetAsync(new Uri("/", UriKind.Relative));
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/login")]
    [InlineData("/healthz")]
    [InlineData("/s/unknown-token-that-is-not-there")]
    [InlineData("/api/v1/surveys/unknown-token-that-is-not-there")]
    [InlineData("/studies")]
    [InlineData("/no/such/page")]
    public async Task PagesAndApiAnswersAreNeverStoredByACache(string path)
    {
        using var response = await app.Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task StaticFilesMayBeKeptButAreRevalidated()
    {
        using var response = await app.Client.GetAsync(new Uri("/css/site.css", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task UnknownRouteIsA404ProblemDocument()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no/such/page");
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.Contains("Content-Security-Policy"));
    }
}
