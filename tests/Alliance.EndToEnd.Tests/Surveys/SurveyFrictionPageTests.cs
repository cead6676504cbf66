using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Surveys;

/// <summary>
/// The survey frictions of issue #20 in Chromium, each with JavaScript on and off: the instruction line, the error
/// summary (first after the heading, each item once in form order, focused with script), the untouched slider, and
/// submitting either way; axe-clean at 360 px in English and German. Also the set-up page's preview of a form.
/// </summary>
[Collection(SharedChromium.Name)]
public class SurveyFrictionPageTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<StudySeed.Link> NewLinkAsync(string instrument)
    {
        await using var db = app.OpenDb();
        return (await StudySeed.CreateAsync(db, false, null, ("client", instrument)))[0];
    }

    private async Task<IPage> OpenAsync(StudySeed.Link link, bool javaScript, string lang = "en", int width = 360)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 740 },
            JavaScriptEnabled = javaScript,
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/s/{link.Token}?lang={lang}");
        return page;
    }

    private static async Task AssertAccessibleAsync(IPage page, string state)
    {
        await Screenshots.SaveAsync(page, "survey-friction-" + state);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{state}: " + string.Join("\n", violations));
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), $"{state}: horizontal scroll");
    }

    private async Task<int> StoredResponsesAsync(StudySeed.Link link)
    {
        await using var db = app.OpenDb();
        return await db.Responses.CountAsync(r => r.InvitationId == link.InvitationId);
    }

    [Theory]
    [InlineData(true, "en")]
    [InlineData(false, "en")]
    [InlineData(true, "de")]
    [InlineData(false, "de")]
    public async Task TheErrorSummaryFollowsTheHeadingListsEachItemOnceAndTheFixedFormIsSubmitted(bool javaScript, string lang)
    {
        var link = await NewLinkAsync("session-vas");
        var page = await OpenAsync(link, javaScript, lang);
        await Assertions.Expect(page.Locator("#instruction")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, $"start-{lang}-js-{javaScript}");

        await page.Locator("#a-sv2").FillAsync("8");
        await page.Locator("#a-sv3").FillAsync("9.25");
        await page.Locator("#questions button.primary").ClickAsync();

        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.StartsWith(lang == "de" ? "Fehler: " : "Error: ", await page.TitleAsync(), StringComparison.Ordinal);
        Assert.Equal("error-summary", await page.EvaluateAsync<string>("() => document.querySelector('h1').nextElementSibling.id"));
        var entries = await summary.Locator("li").AllInnerTextsAsync();
        Assert.Equal(3, entries.Count);
        Assert.StartsWith("1. ", entries[0], StringComparison.Ordinal);
        Assert.StartsWith("3. ", entries[1], StringComparison.Ordinal);
        Assert.Contains("0.1", entries[1], StringComparison.Ordinal);
        Assert.StartsWith("4. ", entries[2], StringComparison.Ordinal);
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
        Assert.Equal(javaScript ? "error-summary" : "", focused);
        await AssertAccessibleAsync(page, $"errors-{lang}-js-{javaScript}");

        await page.Locator("#a-sv1").FillAsync("7");
        await page.Locator("#a-sv3").FillAsync("9.3");
        await page.Locator("#a-sv4").FillAsync("6");
        await page.Locator("#questions button.primary").ClickAsync();
        await page.Locator("form.actions button.primary").ClickAsync();
        await Assertions.Expect(page.Locator("h2")).ToHaveTextAsync(lang == "de" ? "Vielen Dank" : "Thank you");
        Assert.Equal(1, await StoredResponsesAsync(link));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnUntouchedSliderShowsNoValueAndSaysSoUntilItIsUsed()
    {
        var link = await NewLinkAsync("session-vas");
        var page = await OpenAsync(link, javaScript: true, width: 1280);
        var slider = page.Locator("#item-sv1 input[type=range]");
        await Assertions.Expect(slider).ToHaveClassAsync("unset");
        await Assertions.Expect(page.Locator("#a-sv1-state")).ToHaveTextAsync("Not answered yet");
        Assert.Contains("a-sv1-state", await page.Locator("#a-sv1").GetAttributeAsync("aria-describedby"), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("Required questions answered: 0 of 4");

        var box = (await slider.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width * 0.8f, box.Y + box.Height / 2);

        await Assertions.Expect(slider).Not.ToHaveClassAsync("unset");
        var value = await page.Locator("#a-sv1").InputValueAsync();
        Assert.NotEqual("", value);
        await Assertions.Expect(page.Locator("#a-sv1-state")).ToHaveTextAsync("Your answer: " + value);
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("Required questions answered: 1 of 4");
        Assert.Equal("not-set", await page.Locator("#item-sv2 input[type=range]").EvaluateAsync<string>("s => s.classList.contains('unset') ? 'not-set' : 'set'"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WithoutJavaScriptARatingIsATextFieldThatCanBeLeftEmpty()
    {
        var link = await NewLinkAsync("session-vas");
        var page = await OpenAsync(link, javaScript: false);
        Assert.Equal(0, await page.Locator("input[type=range]").CountAsync());
        await page.Locator("#a-sv1").FillAsync("5");
        await page.Locator("#questions button[value=save]").ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#a-sv2")).ToHaveValueAsync("");
        await Assertions.Expect(page.Locator("#progress-text")).ToHaveTextAsync("Required questions answered: 1 of 4");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", "How was today's session?")]
    [InlineData("de", "Wie war die heutige Sitzung?")]
    public async Task TheSetUpPreviewShowsTheParticipantsFormDisabled(string lang, string title)
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 12, CancellationToken.None);
            var study = await db.Studies.SingleAsync(s => s.StudyId == demo.StudyId);
            study.Languages = ["en", "de"];
            await db.SaveChangesAsync();
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            BypassCSP = true,
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/login?lang={lang}");
        await page.Locator("input[type=email]").FillAsync(demo.Email);
        await page.Locator("input[type=password]").FillAsync(demo.Password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        await page.GotoAsync($"/studies/{demo.StudyId}/setup?lang={lang}");
        await Assertions.Expect(page.Locator("#form-choice-client-session-vas")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, $"setup-forms-{lang}");
        await page.Locator($"a[href*='setup/preview/session-vas?language={lang}']").ClickAsync();

        await Assertions.Expect(page.Locator(".survey-preview h2")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("#a-sv1")).ToBeDisabledAsync();
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        await AssertAccessibleAsync(page, $"preview-{lang}");
    }
}
