using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

[Collection(SharedChromium.Name)]
public class WorkspacePageTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private static async Task AssertAccessibleAsync(IPage page, string state)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{state}: " + string.Join("\n", violations));
    }

    [Fact]
    public async Task ResearcherSignsInAndSeesTheirStudyList()
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 3, CancellationToken.None);
        }
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/studies");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "login");
        await SignInForm.SignInAsync(page, demo.Email, demo.Password);
        Assert.EndsWith("/studies", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        var row = page.Locator($"tr[data-study='{demo.StudyId}']");
        await Assertions.Expect(row).ToContainTextAsync("owner");
        Assert.Equal(1, await page.Locator("tbody tr").CountAsync());
        await AssertAccessibleAsync(page, "studies");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/studies");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
