using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace;

/// <summary>How a workspace page picks its language: <c>?lang=</c> when it names one exactly, else Accept-Language, else English.</summary>
public class PageLanguageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<string> LanguageOfAsync(string url, string? acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        using var response = await app.Client.SendAsync(request);
        var page = await response.Content.ReadAsStringAsync();
        var start = page.IndexOf("<html lang=\"", StringComparison.Ordinal) + "<html lang=\"".Length;
        return page[start..page.IndexOf('"', start)];
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("de-CH", "de")]
    [InlineData("fr, de;q=0", "en")]
    [InlineData("en;q=0.5, de;q=0.9", "de")]
    [InlineData("fr, it, es, DE-at", "de")]
    [InlineData("fr-FR, fr;q=0.9", "en")]
    public async Task AcceptLanguageGivesItsBestLanguageThePagesAreWrittenIn(string? acceptLanguage, string expected) =>
        Assert.Equal(expected, await LanguageOfAsync("/login", acceptLanguage));

    [Theory]
    [InlineData("/login?lang=de", "en", "de")]
    [InlineData("/login?lang=en", "de", "en")]
    [InlineData("/login?lang=DE", null, "en")]
    [InlineData("/login?lang=de-AT", null, "en")]
    [InlineData("/login?lang=fr", "de", "de")]
    public async Task TheLangParameterWinsWhenItNamesALanguageExactly(string url, string? acceptLanguage, string expected) =>
        Assert.Equal(expected, await LanguageOfAsync(url, acceptLanguage));

    [Fact]
    public async Task TheLanguageSwitcherNamesEachLanguageInItself()
    {
        var page = await app.Client.GetStringAsync("/login?lang=de");

        Assert.Contains("<span aria-current=\"true\" lang=\"de\">Deutsch</span>", page, StringComparison.Ordinal);
        Assert.Contains("hreflang=\"en\" lang=\"en\">English</a>", page, StringComparison.Ordinal);
    }
}
