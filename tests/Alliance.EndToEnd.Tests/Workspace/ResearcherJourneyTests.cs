using System.Globalization;
using System.Text.RegularExpressions;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// Issue 5's whole researcher journey in Chromium, through the pages only: sign in, create a study, schedule forms,
/// add 2 therapists and 4 clients from a CSV list, record a session, answer the client's link in a second browser
/// context, see completion and the dyad's chart change, export CSV and find the answers. axe-core checks every page.
/// </summary>
[Collection(SharedChromium.Name)]
public partial class ResearcherJourneyTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private static async Task AssertAccessibleAsync(IPage page, string state)
    {
        await Screenshots.SaveAsync(page, "journey-" + state);
        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{state}: " + string.Join("\n", violations));
    }

    [Fact]
    public async Task ResearcherRunsAStudyFromSignInToExport()
    {
        const string password = "journey password 1";
        var email = $"journey-{Guid.NewGuid():N}@example.org";
        await using (var db = app.OpenDb())
        {
            db.ResearcherAccounts.Add(new ResearcherAccount
            {
                AccountId = Guid.CreateVersion7(), Email = email, PasswordHash = PasswordHashing.Hash(password),
            });
            await db.SaveChangesAsync();
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();

        // Sign in and create the study.
        await page.GotoAsync("/studies?lang=en");
        await SignInForm.SignInAsync(page, email, password);
        await AssertAccessibleAsync(page, "studies");
        await page.GetByLabel("Name of the study").FillAsync("Journey study");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create study" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/studies/\\d+/setup"));
        var studyId = long.Parse(StudyInPath().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
        await AssertAccessibleAsync(page, "setup");

        // The schedule: each role's working-alliance form after every session; one arm.
        foreach (var (role, instrument) in new[] { ("client", "wa-client"), ("therapist", "wa-therapist") })
        {
            // Each form is offered under the role that fills it in (issue #20): one choice sets both.
            await page.Locator($"#form-choice-{role}-{instrument}").CheckAsync();
            await page.Locator("#form-sessions-every").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Add form to the schedule" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex($"Remove {instrument}") })).ToBeVisibleAsync();
        }
        await page.Locator("#arm-code").FillAsync("feedback");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add arm" }).ClickAsync();
        await Assertions.Expect(page.Locator("#arm-row-feedback")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "setup-scheduled");

        // Two therapists, four clients and their dyads from one pasted CSV list.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Participants" }).ClickAsync();
        await AssertAccessibleAsync(page, "participants");
        await page.Locator("#bulk-text").FillAsync("""
            therapist,client,arm,started_on
            T1,C1,feedback,2026-11-02
            T1,C2,feedback,2026-11-02
            T2,C3,feedback,2026-11-03
            T2,C4,feedback,2026-11-03
            """);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add dyads" }).ClickAsync();
        foreach (var dyad in new[] { "T1-C1", "T1-C2", "T2-C3", "T2-C4" })
        {
            await Assertions.Expect(page.Locator($"table.dyads tr[data-dyad='{dyad}']")).ToContainTextAsync("feedback");
        }
        await AssertAccessibleAsync(page, "participants-added");

        // Record session 1 of T1-C1: both roles' links appear once.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Sessions and links" }).ClickAsync();
        await AssertAccessibleAsync(page, "sessions");
        var option = await page.Locator("#record-dyad option", new() { HasText = "T1-C1" }).GetAttributeAsync("value");
        await page.Locator("#record-dyad").SelectOptionAsync(option!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record session and create links" }).ClickAsync();
        var clientLink = await page.GetByLabel(new Regex("^client, dyad T1-C1, session 1", RegexOptions.IgnoreCase)).InputValueAsync();
        Assert.Matches(new Regex("/s/[A-Za-z0-9_-]{43}$"), clientLink);
        await Assertions.Expect(page.GetByLabel(new Regex("^therapist, dyad T1-C1, session 1", RegexOptions.IgnoreCase))).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "sessions-links");

        // Before the answer: nothing submitted, no score on the dyad's chart.
        await page.GotoAsync($"/studies/{studyId}/dyads/T1-C1?lang=en");
        await Assertions.Expect(page.GetByText("No scores to chart yet.")).ToBeVisibleAsync();
        await AssertAccessibleAsync(page, "dyad-before");

        // The client answers in a browser of their own.
        await using (var participant = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } }))
        {
            var survey = await participant.NewPageAsync();
            await survey.GotoAsync(clientLink);
            for (var i = 1; i <= 12; i++)
            {
                await survey.Locator($"label[for='a-wa{i}-{(i % 5)}']").ClickAsync();
            }
            await survey.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
            await survey.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
            await Assertions.Expect(survey.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        }

        // Completion and the chart now show the answer.
        await page.GotoAsync($"/studies/{studyId}?lang=en");
        var row = page.Locator("tr[data-dyad='T1-C1']");
        // One of the two links answered, the other not yet overdue: 100 %, and the client's score from session 1.
        await Assertions.Expect(row).ToContainTextAsync("100 %");
        await Assertions.Expect(row).ToContainTextAsync("(session 1, wa-client)");
        await AssertAccessibleAsync(page, "dashboard");
        await row.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("figure.chart svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("tr[data-session='1']")).ToContainTextAsync("submitted");
        await AssertAccessibleAsync(page, "dyad-after");

        // Export the long CSV from the page: the client's twelve answers are in it.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Exports and API" }).ClickAsync();
        await AssertAccessibleAsync(page, "exports");
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Button, new() { Name = "Download CSV" }).ClickAsync());
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path!);
        var answers = lines.Where(l => l.Contains("T1-C1", StringComparison.Ordinal) && l.Contains("wa-client", StringComparison.Ordinal)).ToList();
        Assert.Equal(12, answers.Count);

        // The export is in the audit log, under this account.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync("export");
        await Assertions.Expect(page.Locator("table.audit")).ToContainTextAsync(email);
        await AssertAccessibleAsync(page, "audit");
        await using var check = app.OpenDb();
        Assert.Equal(1, await check.Responses.CountAsync(r => r.StudyId == studyId));
    }

    [GeneratedRegex("/studies/(\\d+)/")]
    private static partial Regex StudyInPath();
}
