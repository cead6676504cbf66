using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// Every workspace page of the seeded demo study (24 dyads, 11 sessions each) at a desk (1280×800) and a phone
/// (360×740), in English and German, as its owner (issue #20): the page never scrolls sideways, no table header clips
/// its text (a header's scrollWidth above its clientWidth means cut-off words, as "Completion rate" and the German
/// columns were), axe-core finds nothing, and at desk width no table needs its own sideways scroll either. Full-page
/// screenshots are kept with the test output (<see cref="Screenshots"/>).
/// </summary>
[Collection(SharedChromium.Name)]
public class WorkspaceAtDeskAndPhoneWidthTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    // The demo answers every session but the latest, so the reminders list is empty at its default; days=0 also
    // lists the latest session's open forms, with their "Mark reminded" buttons.
    private static readonly string[] StudyPaths =
        ["", "/dyads/T01-C01", "/setup", "/participants", "/sessions", "/reminders", "/reminders?days=0", "/exports", "/audit", "/members"];

    private const string ClippedHeaders =
        """
        () => [...document.querySelectorAll('th')]
          .filter(th => th.offsetParent !== null && th.scrollWidth > th.clientWidth + 1)
          .map(th => th.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) + ' (' + th.scrollWidth + ' > ' + th.clientWidth + ')')
        """;

    private const string ScrollingTables =
        """
        () => [...document.querySelectorAll('.table-wrap')]
          .filter(w => w.scrollWidth > w.clientWidth + 1)
          .map(w => (w.querySelector('table')?.id || w.getAttribute('aria-label') || 'table') + ' (' + w.scrollWidth + ' > ' + w.clientWidth + ')')
        """;

    [Theory]
    [InlineData(1280, 800, "en")]
    [InlineData(1280, 800, "de")]
    [InlineData(360, 740, "en")]
    [InlineData(360, 740, "de")]
    public async Task EveryWorkspacePageFitsItsWidthWithReadableHeadersAndPassesAxe(int width, int height, string language)
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 20, CancellationToken.None);
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login?lang=en");
        await SignInForm.SignInAsync(page, demo.Email, demo.Password);

        var paths = StudyPaths.Select(p => $"/studies/{demo.StudyId}{p}{(p.Contains('?', StringComparison.Ordinal) ? '&' : '?')}lang={language}")
            .Prepend($"/studies?lang={language}");
        var failures = new List<string>();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path);
            if (response?.Status != 200)
            {
                failures.Add($"{path}: HTTP {response?.Status}");
                continue;
            }
            Assert.Equal(language, await page.Locator("html").GetAttributeAsync("lang"));
            var section = path.Split("lang=")[0].TrimEnd('?', '&').Replace($"/studies/{demo.StudyId}", "/study", StringComparison.Ordinal);
            await Screenshots.SaveAsync(page, $"workspace-{width}-{language}{section.Replace('/', '_').Replace('?', '_').Replace('=', '-')}");

            var pageWidth = await page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
            if (pageWidth > width)
            {
                failures.Add($"{path}: the page is {pageWidth} px wide at {width} px");
            }
            failures.AddRange((await page.EvaluateAsync<string[]>(ClippedHeaders)).Select(h => $"{path}: header clipped: {h}"));
            if (width >= 1280)
            {
                failures.AddRange((await page.EvaluateAsync<string[]>(ScrollingTables)).Select(t => $"{path}: table scrolls sideways: {t}"));
            }
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{path}: {v}"));
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
