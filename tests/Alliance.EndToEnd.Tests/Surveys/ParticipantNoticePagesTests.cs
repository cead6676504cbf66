using Alliance.Data.Model;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Surveys;

/// <summary>
/// The participant pages that are not the questions, on a 360 px phone with JavaScript off: a consent shown in the
/// study's first language for want of the participant's, a link not open yet, an unknown link. axe-core checks each.
/// </summary>
[Collection(SharedChromium.Name)]
public class ParticipantNoticePagesTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task ConsentFallbackNotOpenAndUnknownPagesFitAPhoneWithoutJavaScriptAndPassAxe()
    {
        IReadOnlyList<StudySeed.Link> links;
        await using (var db = app.OpenDb())
        {
            links = await StudySeed.CreateAsync(db, consentRequired: true, null, ("therapist", "session-vas"), ("client", "session-vas"));
        }
        await using (var db = app.OpenDb())
        {
            var study = await db.Studies.SingleAsync(s => s.StudyId == links[0].StudyId);
            study.Contact = new StudyContact("Study team", "a-rather-long-contact-address@research-institute.example.org", "+49 30 1234 5678");
            await db.SaveChangesAsync();
            await db.Invitations.Where(i => i.StudyId == study.StudyId).ExecuteUpdateAsync(u => u.SetProperty(i => i.Language, "de"));
            await db.Invitations.Where(i => i.InvitationId == links[1].InvitationId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.OpensAt, DateTimeOffset.UtcNow.AddDays(3)));
        }
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            JavaScriptEnabled = false,
            BypassCSP = true, // lets the test inject axe-core; the CSP itself is tested over HTTP
            BaseURL = app.BaseAddress.ToString(),
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "de" },
        });
        var page = await context.NewPageAsync();
        var failures = new List<string>();

        foreach (var (name, path, heading) in new[]
                 {
                     ("consent-fallback", $"/s/{links[0].Token}", "Bevor Sie beginnen"),
                     ("not-open", $"/s/{links[1].Token}", "Diese Befragung ist noch nicht geöffnet"),
                     ("unknown", "/s/not-a-link", "Dieser Link funktioniert nicht"),
                 })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, $"survey-{name}-360-de");
            failures.AddRange((await Axe.ViolationsAsync(page)).Select(v => $"{name}: {v}"));
            if (await Screenshots.ScrollsHorizontallyAsync(page))
            {
                failures.Add($"{name}: scrolls sideways at 360 px");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        await page.GotoAsync($"/s/{links[0].Token}");
        await Assertions.Expect(page.Locator("#consent-language")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".consent-text")).ToHaveAttributeAsync("lang", "en");
    }
}
