using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// Every workspace page of a seeded demo study (and the account and two-factor pages) (24 dyads, 11 sessions each) at 360 px, in English and German, as
/// its owner: axe-core finds no violation and nothing but a table's own scroll region is wider than the screen.
/// </summary>
[Collection(SharedChromium.Name)]
public class StudyPagesOnAPhoneTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly string[] Paths =
        ["", "/dyads/T01-C01", "/setup", "/participants", "/sessions", "/reminders", "/mail", "/lifecycle", "/exports", "/audit", "/members"];

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public async Task EveryStudyPageFitsAPhoneAndPassesAxe(string language)
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 8, CancellationToken.None);
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login?lang=en");
        await SignInForm.SignInAsync(page, demo.Email, demo.Password);

        var failures = new List<string>();
        foreach (var path in Paths.Select(p => $"/studies/{demo.StudyId}{p}?lang={language}").Prepend($"/studies?lang={language}").Append($"/account?lang={language}").Append($"/account/two-factor?lang={language}"))
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != 200)
            {
                failures.Add($"{path}: HTTP {response?.Status}");
                continue;
            }
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            await Screenshots.SaveAsync(page, $"study-pages-{language}-{path.Split('?')[0].Replace('/', '_')}");
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
            if (await Screenshots.ScrollsHorizontallyAsync(page))
            {
                failures.Add($"{path}: scrolls sideways at 360 px");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
