using Alliance.Data.Demo;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// The set-up page's consent texts and contact on a 360 px phone with JavaScript off: a required consent without the
/// therapist's text is refused at that text's field, the page stays axe-clean, and a complete form is saved.
/// </summary>
[Collection(SharedChromium.Name)]
public class SetupConsentOnAPhoneTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task AMissingTherapistTextIsShownAtItsFieldThenTheFixedFormIsSaved()
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 11, CancellationToken.None);
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            JavaScriptEnabled = false,
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login?lang=en");
        await SignInForm.SignInAsync(page, demo.Email, demo.Password);

        await page.GotoAsync($"/studies/{demo.StudyId}/setup?lang=en");
        await page.Locator("#consent-required").CheckAsync();
        await page.Locator("#consent-therapist-en").FillAsync("");
        await page.Locator("#contact-email").FillAsync("team@example.org");
        await page.Locator("#consent-therapist-en").PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).First.ClickAsync();

        await Assertions.Expect(page.Locator("#consent-therapist-en-error")).ToContainTextAsync("Enter the therapist consent text in English");
        await Assertions.Expect(page.Locator(".error-summary a[href='#consent-therapist-en']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "setup-consent-error-360");
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), "horizontal scroll at 360 px");

        await page.Locator("#consent-therapist-en").FillAsync("Your ratings are used for research; your clients never see them.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await using var check = app.OpenDb();
        var study = await check.Studies.AsNoTracking().SingleAsync(s => s.StudyId == demo.StudyId);
        Assert.True(study.ConsentRequired);
        Assert.Equal("team@example.org", study.ContactEmail);
        Assert.Equal(2, await check.ConsentTexts.CountAsync(c => c.StudyId == demo.StudyId));
    }
}
