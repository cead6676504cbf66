using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Alliance.Data.Accounts;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Alliance.EndToEnd.Tests.Browser;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Alliance.EndToEnd.Tests.Workspace;

/// <summary>
/// Issue 14's multi-form study end to end: clients fill the session check (<c>session-vas</c>, a 0–40 sum) and the
/// working-alliance form (<c>wa-client</c>, a 1–5 mean), therapists its declared parallel form (<c>wa-therapist</c>).
/// The researcher records the session in the browser; the client answers the session check and the therapist their
/// form in browsers of their own, the client's working-alliance form goes through the survey API. Then the score the
/// app stored for each response is the number the dashboard, the dyad page, the report and all three exports show,
/// and the dyadic export pairs only the declared parallel forms.
/// </summary>
[Collection(SharedChromium.Name)]
public sealed class MultiFormStudyTests(ChromiumFixture chromium, RunningApp app) : IClassFixture<RunningApp>, IDisposable
{
    private const string Dyad = "T1-C1";
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    private static readonly string[] Forms = ["session-vas", "wa-client", "wa-therapist"];
    private readonly string _files = Directory.CreateTempSubdirectory("alliance-multiform-").FullName;

    public void Dispose() => Directory.Delete(_files, recursive: true);

    [Fact]
    public async Task EveryPageAndExportShowsTheStoredScoreOfEachFormAndOnlyParallelFormsArePaired()
    {
        var (studyId, email, password, apiToken) = await SeedStudyAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, BaseURL = app.BaseAddress.ToString(),
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/studies?lang=en");
        await SignInForm.SignInAsync(page, email, password);

        // Record session 1: the client gets two links, each naming its form; the therapist one.
        await page.GotoAsync($"/studies/{studyId}/sessions?lang=en");
        var option = await page.Locator("#record-dyad option", new() { HasText = Dyad }).GetAttributeAsync("value");
        await page.Locator("#record-dyad").SelectOptionAsync(option!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record session and create links" }).ClickAsync();
        var sessionCheck = await LinkAsync(page, $"client, dyad {Dyad}, session 1: Session check — four lines (session-vas)");
        var clientAlliance = await LinkAsync(page, $"client, dyad {Dyad}, session 1: Working alliance — client form (wa-client)");
        var therapistAlliance = await LinkAsync(page, $"therapist, dyad {Dyad}, session 1 (wa-therapist)");

        // The client answers the session check in their browser, the therapist their form in theirs.
        await using (var client = await chromium.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 } }))
        {
            var survey = await client.NewPageAsync();
            await survey.GotoAsync(sessionCheck);
            foreach (var (item, value) in new[] { ("sv1", "7.5"), ("sv2", "8"), ("sv3", "6.5"), ("sv4", "9") })
            {
                await survey.Locator($"#a-{item}").FillAsync(value);
            }
            await SubmitAsync(survey);
        }
        await using (var therapist = await chromium.Browser.NewContextAsync(new() { ViewportSize = new ViewportSize { Width = 360, Height = 740 } }))
        {
            var survey = await therapist.NewPageAsync();
            await survey.GotoAsync(therapistAlliance);
            for (var i = 1; i <= 12; i++)
            {
                await survey.Locator($"label[for='a-wa{i}-{(i % 3) + 2}']").ClickAsync();
            }
            await SubmitAsync(survey);
        }
        // The client's working-alliance form through the survey API, as a client app would send it.
        var token = clientAlliance[(clientAlliance.LastIndexOf('/') + 1)..];
        var answers = JsonSerializer.Serialize(new { answers = Enumerable.Range(1, 12).ToDictionary(i => $"wa{i}", i => 5 - (i % 4)) });
        using (var submit = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{token}/responses"))
        {
            submit.Headers.Add("Idempotency-Key", "multi-form-e2e");
            submit.Content = new StringContent(answers, Encoding.UTF8, "application/json");
            using var created = await app.Client.SendAsync(submit);
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }

        var stored = await StoredTotalsAsync(studyId);
        Assert.Equal(31, stored["session-vas"], 9); // the session check's own rule: a sum of its four 0–10 lines
        Assert.InRange(stored["wa-client"], 1, 5); // the working-alliance forms' own rule: an item mean
        Assert.InRange(stored["wa-therapist"], 1, 5);

        // Dashboard and dyad page: each form's stored score, in its own column.
        await page.GotoAsync($"/studies/{studyId}?lang=en");
        foreach (var form in Forms)
        {
            await Assertions.Expect(page.Locator($"tr[data-dyad='{Dyad}'] td[data-form='{form}']"))
                .ToHaveTextAsync($"{Number(stored[form])} (session 1, {form})");
        }
        await page.GotoAsync($"/studies/{studyId}/dyads/{Dyad}?lang=en");
        foreach (var form in Forms)
        {
            await Assertions.Expect(page.Locator($"tr[data-session='1'] td[data-form='{form}']")).ToHaveTextAsync(Number(stored[form]));
        }

        // The three exports through the researchers' API.
        var wide = await ExportAsync(studyId, apiToken, "wide");
        foreach (var form in Forms)
        {
            var row = Assert.Single(wide, r => r["instrument"] == form);
            Assert.Equal(stored[form], double.Parse(row[form.Replace('-', '_') + "_total"], Inv), 9);
            foreach (var other in Forms.Where(f => f != form))
            {
                Assert.Equal("", row[other.Replace('-', '_') + "_total"]); // a column never holds another form's score
            }
        }
        var dyadic = await ExportAsync(studyId, apiToken, "dyadic");
        Assert.Equal(["session-rating", "working-alliance"], dyadic.Select(r => r["construct"]).Order(StringComparer.Ordinal));
        var alliance = dyadic.Single(r => r["construct"] == "working-alliance");
        Assert.Equal(("wa-client", "wa-therapist"), (alliance["client_instrument"], alliance["therapist_instrument"]));
        Assert.Equal(stored["wa-client"], double.Parse(alliance["client_total"], Inv), 9);
        Assert.Equal(stored["wa-therapist"], double.Parse(alliance["therapist_total"], Inv), 9);
        Assert.Equal(stored["wa-client"] - stored["wa-therapist"], double.Parse(alliance["discrepancy_total"], Inv), 9);
        var session = dyadic.Single(r => r["construct"] == "session-rating");
        Assert.Equal(("session-vas", ""), (session["client_instrument"], session["therapist_instrument"]));
        Assert.Equal(stored["session-vas"], double.Parse(session["client_total"], Inv), 9);
        Assert.Equal(("", ""), (session["therapist_total"], session["discrepancy_total"])); // never paired across constructs

        // The long export holds the answers; the report made from it scores them by each form's own rule.
        var longCsv = Path.Combine(_files, "long.csv");
        await File.WriteAllTextAsync(longCsv, await ExportTextAsync(studyId, apiToken, "long"));
        Assert.Equal(4 + 12 + 12, (await ExportAsync(studyId, apiToken, "long")).Count);
        var report = await ReportRows.DescriptivesAsync(longCsv, Path.Combine(_files, "report"));
        foreach (var form in Forms)
        {
            var (n, mean) = report[form];
            Assert.Equal(1, n);
            Assert.Equal(stored[form], mean, 0.005); // the report prints two decimals
        }
    }

    private static string Number(double value) => value.ToString("0.##", Inv);

    private static async Task<string> LinkAsync(IPage page, string label)
    {
        var link = await page.GetByLabel(label, new() { Exact = true }).InputValueAsync();
        Assert.Matches("/s/[A-Za-z0-9_-]{43}$", link);
        return link;
    }

    private static async Task SubmitAsync(IPage survey)
    {
        await survey.GetByRole(AriaRole.Button, new() { Name = "Review my answers" }).ClickAsync();
        await survey.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();
        await Assertions.Expect(survey.GetByRole(AriaRole.Heading, new() { Name = "Thank you" })).ToBeVisibleAsync();
    }

    private async Task<string> ExportTextAsync(long studyId, string apiToken, string format)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/studies/{studyId}/export?format={format}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        using var response = await app.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }

    private async Task<List<Dictionary<string, string>>> ExportAsync(long studyId, string apiToken, string format) =>
        ReportRows.Csv(await ExportTextAsync(studyId, apiToken, format));

    private async Task<Dictionary<string, double>> StoredTotalsAsync(long studyId)
    {
        await using var db = app.OpenDb();
        var rows = await (from r in db.Responses
                          where r.StudyId == studyId
                          join i in db.Invitations on new { r.StudyId, r.InvitationId } equals new { i.StudyId, i.InvitationId }
                          join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
                          select new { v.InstrumentId, r.Scores }).ToListAsync();
        Assert.Equal(3, rows.Count);
        return rows.ToDictionary(r => r.InstrumentId, r => JsonDocument.Parse(r.Scores!).RootElement.GetProperty("total").GetDouble());
    }

    /// <summary>An owner with a password and an API token, one dyad, and the schedule: all three forms after every session.</summary>
    private async Task<(long StudyId, string Email, string Password, string ApiToken)> SeedStudyAsync()
    {
        const string password = "multi-form password 1";
        var apiToken = SecretToken.Create();
        await using var db = app.OpenDb();
        var study = new Study { Name = "Multi-form journey", CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        var account = new ResearcherAccount
        {
            AccountId = Guid.CreateVersion7(), Email = $"multi-{Guid.NewGuid():N}@example.org", PasswordHash = PasswordHashing.Hash(password),
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
        var position = 0;
        foreach (var form in Forms)
        {
            var version = await StudyInstruments.FreezeAsync(db, id, InstrumentCatalog.ShippedDefinition(form + ".json")!, CancellationToken.None);
            db.ScheduledForms.Add(new ScheduledForm
            {
                StudyId = id, ScheduledFormId = Guid.CreateVersion7(), InstrumentVersionId = version.InstrumentVersionId,
                Role = form == "wa-therapist" ? RaterRole.Therapist : RaterRole.Client, Position = position++,
            });
        }
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
