using System.Globalization;
using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// A test link end to end (issue #16 item 3): made from the study's preview, opened on a 360 px phone as the
/// participant page marked "test", answered and sent; the answers appear on the instruments page with the scores the
/// form's scoring rule gives, and no response is stored. The test link page and the instruments page listing it have
/// no axe violations in English and German.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class TestLinkJourneyTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task ATestLinkFromThePreviewIsAnsweredOnAPhoneAndItsScoresShowOnTheInstrumentsPage()
    {
        DemoStudyResult demo;
        int responsesBefore;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 5, CancellationToken.None);
            responsesBefore = await db.Responses.CountAsync(r => r.StudyId == demo.StudyId);
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString(), BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/studies?lang=en");
        await SignInForm.SignInAsync(page, demo.Email, demo.Password);

        await page.GotoAsync($"/studies/{demo.StudyId}/setup/preview/wa-client?language=de&lang=en");
        await page.GetByRole(AriaRole.Link, new() { Name = "Make a test link for this form in German" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Test link: wa-client [0-9.]+ in German$") }).ClickAsync();
        var link = await page.GetByLabel("Test link", new() { Exact = true }).InputValueAsync();
        Assert.Matches("/s/test/[A-Za-z0-9_-]{43}$", link);

        await using (var phone = await chromium.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 }, BypassCSP = true }))
        {
            var survey = await phone.NewPageAsync();
            await survey.GotoAsync(link);
            await Assertions.Expect(survey.Locator("#test-banner")).ToHaveTextAsync("Test – die Antworten sind keine Studiendaten");
            Assert.True(await survey.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"), "the test link page scrolls sideways at 360 px");
            await AccessibleInBothLanguagesAsync(survey, link + "?lang=", "test link page");
            await survey.GotoAsync(link + "?lang=en");
            await Assertions.Expect(survey.Locator("#test-banner")).ToHaveTextAsync("Test — answers are not study data");
            for (var i = 1; i <= 12; i++)
            {
                await survey.Locator($"label[for='a-wa{i}-{(i == 1 ? 4 : 2)}']").ClickAsync();
            }
            await survey.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
            await survey.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
            await Assertions.Expect(survey.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
            await Assertions.Expect(survey.Locator("#test-banner")).ToBeVisibleAsync();
        }

        // wa-client scores means: wa1 = 5, the other eleven 3; total (5 + 33) / 12.
        var total = (5 + 3 * 11) / 12.0;
        await page.GotoAsync($"/studies/{demo.StudyId}/instruments?lang=en");
        await Assertions.Expect(page.Locator("#test-links tr[data-test-answer] td[data-score='total']"))
            .ToHaveTextAsync(total.ToString("0.##", CultureInfo.InvariantCulture));
        await AccessibleInBothLanguagesAsync(page, $"/studies/{demo.StudyId}/instruments?lang=", "instruments page with a test link");
        await using var after = app.OpenDb();
        Assert.Equal(responsesBefore, await after.Responses.CountAsync(r => r.StudyId == demo.StudyId));
        Assert.Equal(1, await after.TestAnswers.CountAsync(a => a.StudyId == demo.StudyId));
    }

    private static async Task AccessibleInBothLanguagesAsync(IPage page, string urlBeforeLanguage, string state)
    {
        foreach (var lang in new[] { "en", "de" })
        {
            await page.GotoAsync(urlBeforeLanguage + lang);
            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{state} ({lang}): " + string.Join("\n", violations));
        }
    }
}
