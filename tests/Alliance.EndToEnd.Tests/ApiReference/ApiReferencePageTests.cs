using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.ApiReference;

/// <summary>The API reference page (<c>/openapi</c>) in Chromium, in English and German, at phone and desk width: axe finds nothing, nothing scrolls sideways, the page's own words are in its language.</summary>
[Collection(SharedChromium.Name)]
public class ApiReferencePageTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("en", 360, "Parameters", "Responses")]
    [InlineData("de", 360, "Parameter", "Antworten")]
    [InlineData("en", 1280, "Parameters", "Responses")]
    [InlineData("de", 1280, "Parameter", "Antworten")]
    public async Task TheReferencePageIsAccessibleAndInItsLanguage(string lang, int width, string parameters, string responses)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 800 },
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/openapi?lang={lang}");

        Assert.Equal(lang, await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.Locator("caption").Filter(new() { HasTextString = responses }).First).ToBeVisibleAsync();
        Assert.True(await page.Locator("caption", new() { HasTextString = parameters }).CountAsync() > 0, $"no '{parameters}' table");
        await Assertions.Expect(page.Locator("a[href='/openapi/v1.json']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, $"openapi-{lang}-{width}");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{lang} at {width}: " + string.Join("\n", violations));
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), $"{lang} at {width}: horizontal scroll");
        await context.CloseAsync();
    }
}
