using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// The study status, participant and dyad pages in Chromium at phone width, in English and German: axe finds nothing,
/// nothing scrolls sideways; an owner locks the study, its participant link then shows the "not taking answers" page
/// (also checked by axe), and the owner unlocks it again.
/// </summary>
[Collection(SharedChromium.Name)]
public class LifecyclePagesTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private static async Task AssertFitsAndAccessibleAsync(IPage page, string state)
    {
        await Screenshots.SaveAsync(page, "lifecycle-" + state);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{state}: " + string.Join("\n", violations));
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), $"{state}: horizontal scroll at 360 px");
    }

    [Fact]
    public async Task AnOwnerLocksTheStudyAndItsLinkSaysSoThenUnlocksIt()
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 6, CancellationToken.None);
        }
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await SignInForm.SignInAsync(page, demo.Email, demo.Password);

        foreach (var lang in new[] { "en", "de" })
        {
            await page.GotoAsync($"/studies/{demo.StudyId}/participants/clients/C01?lang={lang}");
            await AssertFitsAndAccessibleAsync(page, "client-" + lang);
            await page.GotoAsync($"/studies/{demo.StudyId}/participants/dyads/T01-C01?lang={lang}");
            await AssertFitsAndAccessibleAsync(page, "dyad-" + lang);
            await page.GotoAsync($"/studies/{demo.StudyId}/lifecycle?lang={lang}");
            await AssertFitsAndAccessibleAsync(page, "status-" + lang);
        }

        await page.GotoAsync($"/studies/{demo.StudyId}/lifecycle?lang=en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".study-state-notice")).ToContainTextAsync("Locked");
        await AssertFitsAndAccessibleAsync(page, "locked");

        var participant = await context.NewPageAsync();
        await participant.GotoAsync("/s/" + demo.Links[^1].Token + "?lang=en");
        await Assertions.Expect(participant.GetByRole(AriaRole.Heading, new() { Name = "This study is not taking answers" })).ToBeVisibleAsync();
        await AssertFitsAndAccessibleAsync(participant, "survey-locked");

        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator(".study-state-notice")).ToHaveCountAsync(0);
        await context.CloseAsync();
    }
}
