using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>The members, exports and audit pages in Chromium at phone width: axe finds nothing, nothing scrolls sideways.</summary>
[Collection(SharedChromium.Name)]
public class AccessPagesTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private static async Task AssertFitsAndAccessibleAsync(IPage page, string state)
    {
        await Screenshots.SaveAsync(page, "access-" + state);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{state}: " + string.Join("\n", violations));
        var wide = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth && !e.closest('.table-wrap')).map(e => e.tagName + '.' + e.className)");
        Assert.False(await Screenshots.ScrollsHorizontallyAsync(page), $"{state}: horizontal scroll at 360 px: " + string.Join(", ", wide));
    }

    [Fact]
    public async Task AnOwnerManagesMembersCreatesATokenAndReadsTheAuditLogOnAPhone()
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 4, CancellationToken.None);
            var therapist = await db.Therapists.FirstAsync(t => t.StudyId == demo.StudyId);
            var clinician = new ResearcherAccount
            {
                AccountId = Guid.CreateVersion7(), Email = "clinician-e2e@example.org",
                PasswordHash = Alliance.Data.Accounts.PasswordHashing.Hash("unused password"),
            };
            db.ResearcherAccounts.Add(clinician);
            db.StudyMembers.Add(new StudyMember { StudyId = demo.StudyId, AccountId = clinician.AccountId, Role = StudyRoles.Clinician, TherapistId = therapist.TherapistId });
            await db.SaveChangesAsync();
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

        await page.GotoAsync($"/studies/{demo.StudyId}/members?lang=en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Members", Exact = true })).ToBeVisibleAsync();
        await AssertFitsAndAccessibleAsync(page, "members");
        await page.GetByLabel("E-mail address").FillAsync("nobody-e2e@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add member" }).ClickAsync();
        // Answered like an address with an account (no enumeration): a notice, not an error.
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("An e-mail went to nobody-e2e@example.org");
        await AssertFitsAndAccessibleAsync(page, "members-notice");

        await page.GotoAsync($"/studies/{demo.StudyId}/exports?lang=en");
        await page.GetByLabel("Name of the new token").FillAsync("phone test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your new token" })).ToBeVisibleAsync();
        Assert.Equal(43, (await page.GetByLabel("Token \"phone test\"").InputValueAsync()).Length);
        await AssertFitsAndAccessibleAsync(page, "exports-token");

        await page.GotoAsync($"/studies/{demo.StudyId}/audit?lang=en");
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("token.create");
        await AssertFitsAndAccessibleAsync(page, "audit");
        await context.CloseAsync();
    }
}
