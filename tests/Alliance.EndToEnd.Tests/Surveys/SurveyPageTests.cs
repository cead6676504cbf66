using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Surveys;

[Collection(SharedChromium.Name)]
public class SurveyPageTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private async Task<StudySeed.Link> NewLinkAsync(string instrument, bool consent = false)
    {
        await using var db = app.OpenDb();
        return (await StudySeed.CreateAsync(db, consent, null, ("client", instrument)))[0];
    }

    private async Task<IPage> OpenAsync(StudySeed.Link link, int width = 1280, bool javaScript = true)
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            JavaScriptEnabled = javaScript,
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/s/{link.Token}");
        return page;
    }

    private async Task<int> StoredResponsesAsync(StudySeed.Link link)
    {
        await using var db = app.OpenDb();
        return await db.Responses.CountAsync(r => r.InvitationId == link.InvitationId);
    }

    private static async Task AssertAccessibleAsync(IPage page, string state)
    {
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{state}: " + string.Join("\n", violations));
    }

    /// <summary>Presses Tab until the focused element's text is <paramref name="text"/> (a keyboard user's way there).</summary>
    private static async Task TabUntilFocusedAsync(IPage page, string text)
    {
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement?.textContent?.trim() ?? ''") == text)
            {
                return;
            }
        }
        Assert.Fail($"'{text}' cannot be reached with the Tab key");
    }

    [Fact]
    public async Task ClientFillsAndSubmitsTheWorkingAllianceFormByMouse()
    {
        var link = await NewLinkAsync("wa-client");
        var page = await OpenAsync(link);
        await AssertAccessibleAsync(page, "start");
        for (var i = 1; i <= 12; i++)
        {
            await page.Locator($"label[for='a-wa{i}-{(i % 5)}']").ClickAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review your answers" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "review");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "thank-you");
        Assert.Equal(1, await StoredResponsesAsync(link));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ReviewWithMissingAnswersShowsALinkedErrorSummary()
    {
        var link = await NewLinkAsync("wa-client");
        var page = await OpenAsync(link);
        await page.Locator("label[for='a-wa1-3']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        Assert.Equal(11, await summary.Locator("a").CountAsync());
        await Assertions.Expect(page.Locator("#a-wa1-3")).ToBeCheckedAsync();
        await AssertAccessibleAsync(page, "error");
        await Screenshots.SaveAsync(page, "survey-errors-1280");
        await summary.Locator("a").First.ClickAsync();
        Assert.EndsWith("#item-wa2", page.Url, StringComparison.Ordinal);
        Assert.Equal(0, await StoredResponsesAsync(link));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task KeyboardOnlyParticipantCanAnswerAndSubmitTheSessionForm()
    {
        var link = await NewLinkAsync("session-vas");
        var page = await OpenAsync(link);
        await page.Keyboard.PressAsync("Tab"); // skip link
        await page.Keyboard.PressAsync("Enter");
        foreach (var value in new[] { "7", "8.5", "9", "6" })
        {
            await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.TypeAsync(value);
        }
        await page.Keyboard.PressAsync("Tab"); // Review my answers
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review your answers" })).ToBeVisibleAsync();
        await TabUntilFocusedAsync(page, "Submit answers");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await using var db = app.OpenDb();
        var stored = await db.Responses.SingleAsync(r => r.InvitationId == link.InvitationId);
        Assert.Contains("30.5", stored.Scores, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnswersSurviveClosingThePage()
    {
        var link = await NewLinkAsync("wa-client");
        var page = await OpenAsync(link);
        await page.Locator("label[for='a-wa1-4']").ClickAsync();
        await page.Locator("label[for='a-wa2-2']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and finish later" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status")).ToContainTextAsync("saved");
        await page.Context.CloseAsync();

        var again = await OpenAsync(link);
        await Assertions.Expect(again.Locator("#a-wa1-4")).ToBeCheckedAsync();
        await Assertions.Expect(again.Locator("#a-wa2-2")).ToBeCheckedAsync();
        await Assertions.Expect(again.Locator("#progress-text")).ToContainTextAsync("2 of 12");
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task AutosaveKeepsAnswersWithoutPressingSave()
    {
        var link = await NewLinkAsync("session-vas");
        var page = await OpenAsync(link);
        await page.Locator("#a-sv1").FillAsync("4.5");
        await page.WaitForResponseAsync(r => r.Url.EndsWith("/draft", StringComparison.Ordinal) && r.Status == 204,
            new PageWaitForResponseOptions { Timeout = 15_000 });
        await page.Context.CloseAsync();
        var again = await OpenAsync(link, javaScript: false);
        await Assertions.Expect(again.Locator("#a-sv1")).ToHaveValueAsync("4.5");
        await again.Context.CloseAsync();
    }

    [Fact]
    public async Task SurveyWorksWithJavaScriptOffAndFitsA360PixelPhone()
    {
        var link = await NewLinkAsync("session-vas", consent: true);
        var page = await OpenAsync(link, width: 360, javaScript: false);
        await AssertAccessibleAsync(page, "consent");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToBeVisibleAsync();
        await page.GetByLabel("I agree").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), "horizontal scroll at 360 px");
        await Screenshots.SaveAsync(page, "survey-start-360");
        await page.Locator("#a-sv1").FillAsync("12");
        await page.Locator("#a-sv2").FillAsync("8");
        await page.Locator("#a-sv3").FillAsync("7,5");
        await page.Locator("#a-sv4").FillAsync("9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
        await Assertions.Expect(page.Locator("#err-sv1")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "error at 360 px");
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), "horizontal scroll at 360 px with errors");
        await page.Locator("#a-sv1").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
        await Screenshots.SaveAsync(page, "survey-review-360");
        // An impatient double click on Submit sends the form twice with the same idempotency key.
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).DblClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        Assert.Equal(1, await StoredResponsesAsync(link));

        // Opening the link again shows the thank-you page, not the form or an error.
        await page.GotoAsync($"/s/{link.Token}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        await page.ReloadAsync();
        Assert.Equal(1, await StoredResponsesAsync(link));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task WideScreenPagesAreScreenshotAndAccessibleInGerman()
    {
        var link = await NewLinkAsync("wa-client");
        var page = await OpenAsync(link);
        await page.GetByRole(AriaRole.Link, new() { Name = "Deutsch" }).ClickAsync();
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
        await AssertAccessibleAsync(page, "German start");
        await Screenshots.SaveAsync(page, "survey-start-1280-de");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ParticipantCanWithdrawAndTheLinkThenSaysSo()
    {
        var link = await NewLinkAsync("session-vas");
        var page = await OpenAsync(link);
        await page.GetByRole(AriaRole.Link, new() { Name = "Withdraw from the study" }).ClickAsync();
        await AssertAccessibleAsync(page, "withdraw");
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, withdraw me from the study" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have withdrawn" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "withdrawn");
        var status = await page.APIRequest.GetAsync($"/api/v1/surveys/{link.Token}");
        Assert.Contains("\"withdrawn\"", await status.TextAsync(), StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
