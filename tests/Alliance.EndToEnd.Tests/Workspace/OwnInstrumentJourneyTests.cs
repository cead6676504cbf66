using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// Issue 16's own questionnaire end to end: a researcher builds a six-item instrument in the designer (two subscales,
/// one reversed item, German wording, a cutoff), previews it at 360 px, schedules it, records a session; the client
/// answers on a phone; the dashboard and the wide export show the scores the definition gives. Every designer page
/// has no axe violations in English and German.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class OwnInstrumentJourneyTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>
{
    private const string Dyad = "T1-C1";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The client's answers by item (1–5); q3 is reverse keyed, so it counts as 6 − 2 = 4.</summary>
    private static readonly int[] Answers = [4, 5, 2, 1, 2, 3];

    [Fact]
    public async Task AnInstrumentBuiltInTheDesignerIsAnsweredAndScoredAsItsDefinitionSays()
    {
        var (studyId, email, password, apiToken) = await SeedStudyAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString(), BypassCSP = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/studies?lang=en");
        await SignInForm.SignInAsync(page, email, password);

        await page.GotoAsync($"/studies/{studyId}/instruments/design?lang=en");
        await AccessibleInBothLanguagesAsync(page, "new instrument");
        await BuildInstrumentAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("Saved");
        Assert.Contains("formId=bond-check&formVersion=1.0.0", page.Url, StringComparison.Ordinal);
        await AccessibleInBothLanguagesAsync(page, "stored instrument");
        await page.GotoAsync($"/studies/{studyId}/instruments?lang=en");
        await AccessibleInBothLanguagesAsync(page, "instrument list");

        // The preview in German on a phone: the participant's page, no sideways scrolling.
        await page.SetViewportSizeAsync(360, 740);
        await page.GotoAsync($"/studies/{studyId}/setup/preview/bond-check?language=de&lang=en");
        await Assertions.Expect(page.GetByText("Wir reden offen miteinander (1).")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"), "the preview scrolls sideways at 360 px");
        await AccessibleInBothLanguagesAsync(page, "preview");
        await page.GotoAsync($"/studies/{studyId}/instruments/design?formId=bond-check&formVersion=1.0.0&lang=de");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"), "the designer scrolls sideways at 360 px");
        await page.SetViewportSizeAsync(1280, 900);

        // Scheduled beside the shipped forms, then a session recorded: one link for the client.
        await page.GotoAsync($"/studies/{studyId}/setup?lang=en");
        await page.Locator("#form-choice-client-bond-check").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add form to the schedule" }).ClickAsync();
        await Assertions.Expect(page.Locator("#forms")).ToContainTextAsync("bond-check");
        await page.GotoAsync($"/studies/{studyId}/sessions?lang=en");
        var option = await page.Locator("#record-dyad option", new() { HasText = Dyad }).GetAttributeAsync("value");
        await page.Locator("#record-dyad").SelectOptionAsync(option!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record session and create links" }).ClickAsync();
        var link = await page.GetByLabel(new Regex($"^client, dyad {Dyad}, session 1")).InputValueAsync();

        await using (var phone = await chromium.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 } }))
        {
            var survey = await phone.NewPageAsync();
            await survey.GotoAsync(link);
            for (var i = 0; i < Answers.Length; i++)
            {
                await survey.Locator($"label[for='a-q{i + 1}-{Answers[i] - 1}']").ClickAsync();
            }
            await survey.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
            await survey.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
            await Assertions.Expect(survey.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
        }

        // The definition's rules: closeness = mean(q1, q2, 6 − q3), focus = mean(q4…q6), total = mean of all six.
        var closeness = (4 + 5 + 4) / 3.0;
        var focus = (1 + 2 + 3) / 3.0;
        var total = (4 + 5 + 4 + 1 + 2 + 3) / 6.0;
        var stored = await StoredScoresAsync(studyId);
        Assert.Equal(closeness, stored.GetProperty("closeness").GetDouble(), 9);
        Assert.Equal(focus, stored.GetProperty("focus").GetDouble(), 9);
        Assert.Equal(total, stored.GetProperty("total").GetDouble(), 9);

        await page.GotoAsync($"/studies/{studyId}?lang=en");
        await Assertions.Expect(page.Locator($"tr[data-dyad='{Dyad}'] td[data-form='bond-check']"))
            .ToHaveTextAsync($"{total.ToString("0.##", Inv)} (session 1, bond-check)");

        var row = Assert.Single(await ExportAsync(studyId, apiToken));
        Assert.Equal(closeness, double.Parse(row["bond_check_closeness"], Inv), 9);
        Assert.Equal(focus, double.Parse(row["bond_check_focus"], Inv), 9);
        Assert.Equal(total, double.Parse(row["bond_check_total"], Inv), 9);
    }

    /// <summary>Fills the designer from its starting form (a 1–5 scale with five anchors and item q1) and saves.</summary>
    private static async Task BuildInstrumentAsync(IPage page)
    {
        await page.Locator("#f-id").FillAsync("bond-check");
        await page.Locator("#f-title-en").FillAsync("Bond check");
        await page.Locator("#f-title-de").FillAsync("Bindungscheck");
        await page.Locator("#f-description-en").FillAsync("Six items on closeness and focus.");
        await page.Locator("#f-description-de").FillAsync("Sechs Fragen zu Nähe und Fokus.");
        await page.Locator("#f-citation").FillAsync("Journey test");
        await page.Locator("#f-licence").FillAsync("CC0-1.0");
        for (var i = 0; i < 3; i++)
        {
            await page.Locator("button[value='remove-anchor-0-1']").ClickAsync();
            await Assertions.Expect(page.Locator("#f-scales-0-anchors-" + (4 - i).ToString(Inv) + "-value")).ToHaveCountAsync(0);
        }
        await page.Locator("#f-scales-0-anchors-0-label-en").FillAsync("Never");
        await page.Locator("#f-scales-0-anchors-0-label-de").FillAsync("Nie");
        await page.Locator("#f-scales-0-anchors-1-label-en").FillAsync("Always");
        await page.Locator("#f-scales-0-anchors-1-label-de").FillAsync("Immer");
        for (var i = 1; i < 6; i++)
        {
            await page.Locator("button[value='add-item']").ClickAsync();
            await Assertions.Expect(page.Locator($"#f-items-{i}-id")).ToHaveValueAsync($"q{i + 1}");
        }
        for (var i = 0; i < 6; i++)
        {
            await page.Locator($"#f-items-{i}-text-en").FillAsync($"We talk openly ({i + 1}).");
            await page.Locator($"#f-items-{i}-text-de").FillAsync($"Wir reden offen miteinander ({i + 1}).");
        }
        await page.Locator("#f-items-2-reversed").CheckAsync();
        for (var i = 0; i < 2; i++)
        {
            await page.Locator("button[value='add-subscale']").ClickAsync();
            await Assertions.Expect(page.Locator($"#f-subscales-{i}-id")).ToBeVisibleAsync();
        }
        foreach (var (i, id, de, items) in new[] { (0, "closeness", "Nähe", "q1, q2, q3"), (1, "focus", "Fokus", "q4, q5, q6") })
        {
            await page.Locator($"#f-subscales-{i}-id").FillAsync(id);
            await page.Locator($"#f-subscales-{i}-title-en").FillAsync(char.ToUpperInvariant(id[0]) + id[1..]);
            await page.Locator($"#f-subscales-{i}-title-de").FillAsync(de);
            await page.Locator($"#f-subscales-{i}-items").FillAsync(items);
        }
        await page.Locator("#f-total-title-en").FillAsync("Bond");
        await page.Locator("#f-total-title-de").FillAsync("Bindung");
        await page.Locator("button[value='add-cutoff']").ClickAsync();
        await page.Locator("#f-cutoffs-0-id").FillAsync("low-bond");
        await page.Locator("#f-cutoffs-0-when-threshold").FillAsync("3.5");
        await page.Locator("#f-cutoffs-0-label-en").FillAsync("Low bond: talk about the relationship.");
        await page.Locator("#f-cutoffs-0-label-de").FillAsync("Geringe Bindung: die Beziehung ansprechen.");
        await page.Locator("button[value='save']").First.ClickAsync();
    }

    private static async Task AccessibleInBothLanguagesAsync(IPage page, string state)
    {
        var url = page.Url;
        foreach (var lang in new[] { "en", "de" })
        {
            await page.GotoAsync(Regex.Replace(url, "lang=[a-z]+", "lang=" + lang));
            var violations = await Axe.ViolationsAsync(page);
            Assert.True(violations.Count == 0, $"{state} ({lang}): " + string.Join("\n", violations));
        }
        await page.GotoAsync(url);
    }

    private async Task<JsonElement> StoredScoresAsync(long studyId)
    {
        await using var db = app.OpenDb();
        var scores = await db.Responses.Where(r => r.StudyId == studyId).Select(r => r.Scores).SingleAsync();
        return JsonDocument.Parse(scores!).RootElement;
    }

    private async Task<List<Dictionary<string, string>>> ExportAsync(long studyId, string apiToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/studies/{studyId}/export?format=wide");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return ReportRows.Csv(text);
    }

    /// <summary>An owner with a password and an API token, a study in English and German, and one dyad; nothing scheduled.</summary>
    private async Task<(long StudyId, string Email, string Password, string ApiToken)> SeedStudyAsync()
    {
        const string password = "own instrument password 1";
        var apiToken = SecretToken.Create();
        await using var db = app.OpenDb();
        var study = new Study { Name = "Own instrument journey", CreatedAt = DateTimeOffset.UtcNow, Languages = ["en", "de"] };
        db.Studies.Add(study);
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(), Email = $"own-{Guid.NewGuid():N}@example.org", PasswordHash = PasswordHashing.Hash(password),
        };
        db.ResearcherAccounts.Add(account);
        await db.SaveChangesAsync();
        var id = study.StudyId;
        db.StudyMembers.Add(new StudyMember { StudyId = id, AccountId = account.AccountId, Role = StudyRoles.Owner, AddedAt = DateTimeOffset.UtcNow });
        db.ApiTokens.Add(new ApiToken
        {
            StudyId = id, TokenId = Guid.CreateVersion7(), AccountId = account.AccountId, TokenHash = SecretToken.HashOf(apiToken),
            Name = "e2e", CreatedAt = DateTimeOffset.UtcNow,
        });
        var therapist = new Therapist { StudyId = id, TherapistId = Guid.CreateVersion7(), Code = "T1" };
        var client = new Client { StudyId = id, ClientId = Guid.CreateVersion7(), Code = "C1" };
        db.AddRange(therapist, client, new Dyad
        {
            StudyId = id, DyadId = Guid.CreateVersion7(), Code = Dyad, TherapistId = therapist.TherapistId, ClientId = client.ClientId,
            StartedOn = DateOnly.FromDateTime(DateTime.UtcNow),
        });
        await db.SaveChangesAsync();
        return (id, account.Email, password, apiToken);
    }
}
