namespace Alliance.EndToEnd.Tests.Browser;

[Collection(SharedChromium.Name)]
public class BrowserSmokeTests(ChromiumFixture chromium)
{
    [Fact]
    public async Task AxeReportsAMissingImageAlternative()
    {
        // Guards the accessibility checks themselves: if axe were not really running, every page would "pass".
        await using var context = await chromium.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!doctype html><html lang=\"en\"><head><title>t</title></head><body><main><h1>x</h1><img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></main></body></html>");
        var violations = await Axe.ViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
    }
}
