using System.Net;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace;

/// <summary>The start page, <c>/</c>: an HTML page in the visitor's language that links to sign-in.</summary>
public class StartPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("en", "<html lang=\"en\">", "Taking part in a study", "<a href=\"/login?lang=en\">Sign in</a>")]
    [InlineData("de", "<html lang=\"de\">", "Teilnahme an einer Studie", "<a href=\"/login?lang=de\">Anmelden</a>")]
    public async Task SaysWhatAllianceIsAndLinksToSignInInTheVisitorsLanguage(string language, string root, string heading, string link)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await app.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(root, html, StringComparison.Ordinal);
        Assert.Contains(heading, html, StringComparison.Ordinal);
        Assert.Contains(link, html, StringComparison.Ordinal);
        Assert.Contains("docs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersHeadLikeGet()
    {
        using var response = await app.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri("/", UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
