using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Alliance.Data.Invitations;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Surveys;

/// <summary>
/// Unknown links are limited per address (<see cref="AppWithLowGuessLimit.GuessLimit"/> per window); links that exist
/// never are. Each test but the first plays a client at a loopback address of its own, so the counts never meet.
/// </summary>
public class TokenGuessingTests(AppWithLowGuessLimit app) : IClassFixture<AppWithLowGuessLimit>
{
    private const string Answers = """{"answers": {"sv1": 8, "sv2": 9, "sv3": 7, "sv4": 10}}""";

    [Fact]
    public async Task AnAddressThatKeepsGuessingIsRefusedWith429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await app.Client.GetAsync(new Uri($"/api/v1/surveys/guess-{i}", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound,
            HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        using var page = await app.Client.GetAsync(new Uri("/s/guess-page", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
    }

    [Fact]
    public async Task ValidLinksFromAnAddressOverTheLimitStillOpenSaveAndSubmit()
    {
        var (client, therapist) = await StudyAsync();
        using var browser = Researchers.BrowserFrom(app, "127.0.0.31");
        await GuessUntilRefusedAsync(browser, "valid");

        using var get = await browser.GetAsync(new Uri($"/api/v1/surveys/{client.Token}", UriKind.Relative));
        using var draft = await browser.PutAsJsonAsync($"/api/v1/surveys/{client.Token}/draft", new { answers = new { sv1 = 4 } });
        using var page = await browser.GetAsync(new Uri($"/s/{client.Token}", UriKind.Relative));
        using var submitted = await browser.SendAsync(SurveyRequests.Submit(therapist.Token, Answers, "over-the-limit"));
        using var pageSubmit = await Researchers.PostFormAsync(browser, $"/s/{client.Token}",
            [new("a.sv1", "4"), new("a.sv2", "5"), new("a.sv3", "6"), new("a.sv4", "7"), new("idempotencyKey", "page-over-the-limit")],
            $"/s/{client.Token}?handler=Submit");
        using var stillRefused = await browser.GetAsync(new Uri("/api/v1/surveys/valid-after", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, draft.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, pageSubmit.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, stillRefused.StatusCode);
        await using var db = app.OpenDb();
        var stored = await db.Responses.Where(r => r.StudyId == client.StudyId).Select(r => r.IdempotencyKey).ToListAsync();
        Assert.Equal(["over-the-limit", "page-over-the-limit"], stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnUnknownLinkOverTheLimitIsAProblem429WithRetryAfterOnEveryApiRoute()
    {
        using var browser = Researchers.BrowserFrom(app, "127.0.0.32");
        using var refused = await GuessUntilRefusedAsync(browser, "api");
        using var draft = await browser.PutAsJsonAsync("/api/v1/surveys/api-draft/draft", new { answers = new { sv1 = 4 } });
        using var submit = await browser.SendAsync(SurveyRequests.Submit("api-submit", Answers, "key"));

        foreach (var response in new[] { refused, draft, submit })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.InRange(response.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(290), TimeSpan.FromSeconds(300));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(429, problem.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task AnUnknownLinkPageOverTheLimitIsAnHtml429InTheBrowsersLanguageThatSaysHowLongToWait()
    {
        using var browser = Researchers.BrowserFrom(app, "127.0.0.33");
        for (var i = 0; i < AppWithLowGuessLimit.GuessLimit; i++)
        {
            var (status, _, _) = await PageAsync(browser, $"/s/page-{i}", "de-DE");
            Assert.Equal(HttpStatusCode.NotFound, status);
        }

        var (german, germanWait, germanHtml) = await PageAsync(browser, "/s/page-de", "de-DE");
        var (english, englishWait, englishHtml) = await PageAsync(browser, "/s/page-en", "en");

        Assert.Equal((HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests), (german, english));
        Assert.InRange(germanWait ?? TimeSpan.Zero, TimeSpan.FromSeconds(290), TimeSpan.FromSeconds(300));
        Assert.NotNull(englishWait);
        Assert.Contains("<html lang=\"de\">", germanHtml, StringComparison.Ordinal);
        Assert.Contains("<h1>Zu viele Links, die nicht funktionieren</h1>", germanHtml, StringComparison.Ordinal);
        Assert.Contains("Bitte versuchen Sie es in 5 Minuten erneut", germanHtml, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", englishHtml, StringComparison.Ordinal);
        Assert.Contains("Please try again in 5 minutes", englishHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<form", englishHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplacedAndNotYetOpenLinksAreNoGuesses()
    {
        var (replaced, notOpen) = await StudyAsync();
        await using (var db = app.OpenDb())
        {
            var invitation = await db.Invitations.SingleAsync(i => i.InvitationId == replaced.InvitationId);
            var session = await db.Sessions.SingleAsync(s => s.StudyId == invitation.StudyId && s.SessionId == invitation.SessionId);
            var study = await db.Studies.SingleAsync(s => s.StudyId == invitation.StudyId);
            InvitationIssuer.Reissue(invitation, session, study, DyadLanguages.None, "http://h", DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            await db.Invitations.Where(i => i.InvitationId == notOpen.InvitationId)
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.OpensAt, DateTimeOffset.UtcNow.AddDays(3)));
        }
        using var browser = Researchers.BrowserFrom(app, "127.0.0.34");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= AppWithLowGuessLimit.GuessLimit; i++)
        {
            foreach (var path in new[] { $"/api/v1/surveys/{replaced.Token}", $"/s/{replaced.Token}", $"/api/v1/surveys/{notOpen.Token}", $"/s/{notOpen.Token}" })
            {
                using var response = await browser.GetAsync(new Uri(path, UriKind.Relative));
                statuses.Add(response.StatusCode);
            }
        }
        using var guess = await browser.GetAsync(new Uri("/api/v1/surveys/first-guess", UriKind.Relative));

        Assert.Equal(Enumerable.Repeat<HttpStatusCode[]>([HttpStatusCode.NotFound, HttpStatusCode.Gone, HttpStatusCode.OK, HttpStatusCode.OK],
            AppWithLowGuessLimit.GuessLimit + 1).SelectMany(s => s), statuses);
        Assert.Equal(HttpStatusCode.NotFound, guess.StatusCode);
        await using var check = app.OpenDb();
        Assert.Equal(1, await check.LinkGuesses.Where(g => g.Client == "127.0.0.34").Select(g => g.Guesses).SingleAsync());
    }

    /// <summary>Unknown links on the API until the first 429 (after exactly the limit's 404s), which is returned.</summary>
    private static async Task<HttpResponseMessage> GuessUntilRefusedAsync(HttpClient browser, string prefix)
    {
        for (var i = 0; i < AppWithLowGuessLimit.GuessLimit; i++)
        {
            using var unknown = await browser.GetAsync(new Uri($"/api/v1/surveys/{prefix}-{i}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        }
        var refused = await browser.GetAsync(new Uri($"/api/v1/surveys/{prefix}-refused", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        return refused;
    }

    private static async Task<(HttpStatusCode Status, TimeSpan? RetryAfter, string Html)> PageAsync(HttpClient browser, string path,
        string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue(acceptLanguage));
        using var response = await browser.SendAsync(request);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, response.Headers.RetryAfter?.Delta,
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A study with a client and a therapist link (session-vas), open for a month.</summary>
    private async Task<(StudySeed.Link Client, StudySeed.Link Therapist)> StudyAsync()
    {
        await using var db = app.OpenDb();
        var links = await StudySeed.CreateAsync(db, consentRequired: false, TimeSpan.FromDays(30), ("client", "session-vas"), ("therapist", "session-vas"));
        return (links[0], links[1]);
    }
}
