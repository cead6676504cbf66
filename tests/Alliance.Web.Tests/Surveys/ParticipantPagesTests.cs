using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Surveys;

/// <summary>
/// The participant pages around the questions: consent per role and language, the study contact, a link not open yet,
/// and links that are unknown or replaced. The app's clock stands at 2 March 2026, 09:30 UTC.
/// </summary>
public class ParticipantPagesTests(AppWithFakeClock app) : IClassFixture<AppWithFakeClock>
{
    private const string ClientEnglish = "You agree that your answers are used for research.";
    private const string ClientGerman = "Sie stimmen zu, dass Ihre Antworten für die Forschung genutzt werden.";
    private const string TherapistEnglish = "You agree that your ratings of your clients are used for research; they never see them.";

    private static readonly StudyContact Team = new("Dr. Ada Study", "ada@example.org", "+49 30 123 456");

    /// <summary>
    /// A study (languages en, de) asking for consent, with a client text in both languages and a therapist text in
    /// English only, the <see cref="Team"/> contact, and a client and a therapist link in <paramref name="language"/>.
    /// </summary>
    private async Task<(StudySeed.Link Client, StudySeed.Link Therapist)> StudyAsync(string language)
    {
        IReadOnlyList<StudySeed.Link> links;
        await using (var seeding = app.OpenDb())
        {
            links = await StudySeed.CreateAsync(seeding, consentRequired: true, null, ("client", "session-vas"), ("therapist", "session-vas"));
        }
        var studyId = links[0].StudyId;
        await using var db = app.OpenDb();
        await db.ConsentTexts.Where(c => c.StudyId == studyId).ExecuteDeleteAsync();
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        study.Contact = Team;
        study.ConsentTexts.AddRange(
        [
            new() { Role = RaterRole.Client, Language = "en", Text = ClientEnglish },
            new() { Role = RaterRole.Client, Language = "de", Text = ClientGerman },
            new() { Role = RaterRole.Therapist, Language = "en", Text = TherapistEnglish },
        ]);
        await db.SaveChangesAsync();
        await db.Invitations.Where(i => i.StudyId == studyId).ExecuteUpdateAsync(u => u.SetProperty(i => i.Language, language));
        return (links[0], links[1]);
    }

    private async Task<(HttpStatusCode Status, string Html)> PageAsync(string token, string? acceptLanguage = null, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/s/{token}{query}");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        }
        using var response = await app.Client.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public async Task AGermanClientReadsTheGermanClientConsent()
    {
        var (client, _) = await StudyAsync("de");

        var (status, html) = await PageAsync(client.Token);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"consent-text\" lang=\"de\">{ClientGerman}</div>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientEnglish, html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"consent-language\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTherapistReadsTheTherapistsConsentNotTheClients()
    {
        var (_, therapist) = await StudyAsync("en");

        var (_, html) = await PageAsync(therapist.Token);

        Assert.Contains(TherapistEnglish, html, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientEnglish, html, StringComparison.Ordinal);
        var api = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{therapist.Token}");
        Assert.Equal(TherapistEnglish, api.GetProperty("consent_text").GetString());
        Assert.Equal("en", api.GetProperty("consent_language").GetString());
        Assert.Equal("ada@example.org", api.GetProperty("contact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task ATextMissingInTheLinksLanguageFallsBackVisiblyAndTheConsentRecordsTheTextShown()
    {
        var (_, therapist) = await StudyAsync("de");

        var (_, html) = await PageAsync(therapist.Token);
        using var browser = Researchers.Browser(app);
        using var consent = await Researchers.PostFormAsync(browser, $"/s/{therapist.Token}", [KeyValuePair.Create("agree", "true")],
            $"/s/{therapist.Token}?handler=Consent&lang=de");

        Assert.Contains($"<div class=\"consent-text\" lang=\"en\">{TherapistEnglish}</div>", html, StringComparison.Ordinal);
        Assert.Contains("Dieser Text liegt in Ihrer Sprache nicht vor; er wird daher in der Hauptsprache der Studie angezeigt.", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, consent.StatusCode);
        await using var db = app.OpenDb();
        var record = await db.ConsentRecords.SingleAsync(c => c.InvitationId == therapist.InvitationId);
        Assert.Equal(Sha256(TherapistEnglish), record.ConsentTextHash);
    }

    [Fact]
    public async Task TheContactLineIsOnTheConsentWithdrawExpiredAndSubmittedPages()
    {
        var (client, therapist) = await StudyAsync("en");
        var (_, consentPage) = await PageAsync(client.Token);
        var (_, withdrawPage) = await PageAsync(client.Token, query: "?withdraw=true");
        await using (var db = app.OpenDb())
        {
            await db.Invitations.Where(i => i.InvitationId == client.InvitationId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Expired));
        }
        var (_, expiredPage) = await PageAsync(client.Token);
        using (var submitted = await app.Client.SendAsync(SurveyRequests.Submit(therapist.Token,
            """{"answers": {"sv1": 8, "sv2": 9, "sv3": 7, "sv4": 10}, "consent": true}""", "contact")))
        {
            Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        }
        var (_, thanksPage) = await PageAsync(therapist.Token);

        foreach (var (name, html) in new[] { ("consent", consentPage), ("withdraw", withdrawPage), ("expired", expiredPage), ("submitted", thanksPage) })
        {
            Assert.True(html.Contains("id=\"study-contact\"", StringComparison.Ordinal), $"{name}: no contact line");
            Assert.True(html.Contains("<a href=\"mailto:ada@example.org\">ada@example.org</a>", StringComparison.Ordinal), $"{name}: no e-mail");
            Assert.True(html.Contains("<a href=\"tel:+4930123456\">+49 30 123 456</a>", StringComparison.Ordinal), $"{name}: no phone");
            Assert.True(html.Contains("Dr. Ada Study", StringComparison.Ordinal), $"{name}: no name");
        }
        Assert.Contains("This link has expired", expiredPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALinkNotOpenYetSaysWhenItOpensInThePagesLanguageWithNoFormAndStoresNothing()
    {
        var (client, _) = await StudyAsync("de");
        await using (var db = app.OpenDb())
        {
            await db.Invitations.Where(i => i.InvitationId == client.InvitationId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.OpensAt, new DateTimeOffset(2026, 3, 20, 0, 0, 0, TimeSpan.Zero)));
        }

        var (status, german) = await PageAsync(client.Token);
        var (_, english) = await PageAsync(client.Token, query: "?lang=en");
        using var browser = Researchers.Browser(app);
        using var early = await browser.PostAsync(new Uri($"/s/{client.Token}?handler=Answers", UriKind.Relative),
            new FormUrlEncodedContent([KeyValuePair.Create("a.sv1", "5"), KeyValuePair.Create("action", "save")]));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Diese Befragung ist noch nicht geöffnet", german, StringComparison.Ordinal);
        Assert.Contains("Sie öffnet am <time datetime=\"2026-03-20\">20. März 2026</time>.", german, StringComparison.Ordinal);
        Assert.Contains("It opens on <time datetime=\"2026-03-20\">20 March 2026</time>.", english, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", german, StringComparison.Ordinal);
        Assert.DoesNotContain(ClientGerman, german, StringComparison.Ordinal);
        Assert.Contains("mailto:ada@example.org", german, StringComparison.Ordinal);
        await using var check = app.OpenDb();
        Assert.False(await check.Drafts.AnyAsync(d => d.InvitationId == client.InvitationId));
        Assert.False(await check.ConsentRecords.AnyAsync(c => c.InvitationId == client.InvitationId));
    }

    [Fact]
    public async Task AnUnknownLinkIsAFriendly404PageInTheLanguageTheBrowserAsksFor()
    {
        var (status, german) = await PageAsync("no-such-link-at-all", acceptLanguage: "de-DE");
        var (_, english) = await PageAsync("no-such-link-either", acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("<html lang=\"de\">", german, StringComparison.Ordinal);
        Assert.Contains("<h1>Dieser Link funktioniert nicht</h1>", german, StringComparison.Ordinal);
        Assert.Contains("<h1>This link does not work</h1>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("study-contact", german, StringComparison.Ordinal);
        using var api = await app.Client.GetAsync(new Uri("/api/v1/surveys/no-such-link-at-all", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AReplacedLinkSaysSoInItsInvitationsLanguageAndNamesTheStudyContact()
    {
        var (client, _) = await StudyAsync("de");
        await using (var db = app.OpenDb())
        {
            var invitation = await db.Invitations.SingleAsync(i => i.InvitationId == client.InvitationId);
            var session = await db.Sessions.SingleAsync(s => s.StudyId == invitation.StudyId && s.SessionId == invitation.SessionId);
            var study = await db.Studies.SingleAsync(s => s.StudyId == invitation.StudyId);
            InvitationIssuer.Reissue(invitation, session, study, DyadLanguages.None, "http://h", app.Clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        var (status, html) = await PageAsync(client.Token, acceptLanguage: "en");

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Dieser Link wurde ersetzt</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:ada@example.org\">ada@example.org</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", html, StringComparison.Ordinal);
        using var api = await app.Client.GetAsync(new Uri($"/api/v1/surveys/{client.Token}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
    }
}
