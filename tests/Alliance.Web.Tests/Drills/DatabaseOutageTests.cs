using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Alliance.Testing.Surveys;
using Alliance.Web.Tests.Surveys;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// The edges of a database outage, on the drills' own cluster: while PostgreSQL is down every caller gets a 503 with
/// Retry-After in its own shape (the participant a page in their language that keeps their answers, the API
/// problem+json, a researcher a page), and right after an immediate restart the first requests succeed although
/// every pooled connection died with the server.
/// </summary>
[Collection(OwnClusterDrills.Name)]
public sealed partial class DatabaseOutageTests(OwnCluster cluster) : IAsyncLifetime
{
    private static readonly Dictionary<string, double> Answers = new() { ["sv1"] = 3, ["sv2"] = 4, ["sv3"] = 5, ["sv4"] = 6 };
    private readonly OwnClusterApp _app = new(cluster);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task WhileTheDatabaseIsDownEveryCallerGetsA503ThatSaysSoAndTheParticipantKeepsTheirAnswers()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var link = await LinkAsync();
        using var browser = Browser();
        var review = await ReviewAsync(browser, link.Token);
        var key = Field(review, "idempotencyKey");

        await cluster.StopAsync(bound.Token);
        HttpResponseMessage page, api, signIn;
        string pageHtml, signInHtml;
        try
        {
            page = await browser.PostAsync($"/s/{link.Token}?handler=Submit&lang=de", new FormUrlEncodedContent(
                [.. Answers.Select(a => Pair("a." + a.Key, a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                 Pair("idempotencyKey", key), Pair("__RequestVerificationToken", Field(review, "__RequestVerificationToken"))]));
            pageHtml = await page.Content.ReadAsStringAsync();
            api = await browser.SendAsync(SurveyRequests.Submit(link.Token, JsonSerializer.Serialize(new { answers = Answers }), "api-key"));
            using var researcher = Browser();
            researcher.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
            signIn = await Researchers.PostSignInAsync(researcher, "someone@example.org", "not-checked");
            signInHtml = await signIn.Content.ReadAsStringAsync();
        }
        finally
        {
            await cluster.StartAsync(bound.Token);
        }

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        Assert.Contains("text/html", page.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", pageHtml, StringComparison.Ordinal);
        Assert.Contains("Ihre Antworten wurden nicht gespeichert", pageHtml, StringComparison.Ordinal);
        foreach (var (item, value) in Answers)
        {
            Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), Field(pageHtml, "a." + item));
        }
        Assert.Equal(key, Field(pageHtml, "idempotencyKey"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.True(api.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(503, (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.NotNull(signIn.Headers.RetryAfter);
        Assert.Contains("Dienst nicht verfügbar", signInHtml, StringComparison.Ordinal);

        Assert.Equal(0, await StoredAsync(link));
        // "Try again" on the 503 page, once the database is back, sends the kept answers with the same key: stored once.
        var again = await browser.PostAsync(FormAction(pageHtml), new FormUrlEncodedContent(Fields(pageHtml)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using var db = _app.OpenDb();
        var stored = await db.Responses.SingleAsync(r => r.InvitationId == link.InvitationId);
        Assert.Equal(key, stored.IdempotencyKey);
        Assert.Contains("\"sv4\": 6", stored.Answers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFirstRequestsAfterAnImmediateRestartSucceedOnFreshConnections()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var link = await LinkAsync();
        using var http = new HttpClient { BaseAddress = _app.BaseAddress };
        var draft = JsonSerializer.Serialize(new { answers = new { sv1 = 2 } });
        // Every pool in use before the crash: the participant lookup's and the EF context's (the draft).
        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsync($"/api/v1/surveys/{link.Token}/draft", Json(draft))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/s/{link.Token}")).StatusCode);

        await cluster.CrashRestartAsync(bound.Token);

        Assert.Equal(HttpStatusCode.NoContent, (await http.PutAsync($"/api/v1/surveys/{link.Token}/draft", Json(draft))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/api/v1/surveys/{link.Token}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/s/{link.Token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await http.SendAsync(SurveyRequests.Submit(link.Token, JsonSerializer.Serialize(new { answers = Answers }), "after-restart"))).StatusCode);
        Assert.Equal(1, await StoredAsync(link));
    }

    [Fact]
    public async Task ASignedInResearchersFirstPageAfterAnImmediateRestartSucceeds()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        Researchers.Member member;
        await using (var db = _app.OpenDb())
        {
            member = await Researchers.CreateAsync(db, "owner", "Restart study");
        }
        using var researcher = Browser();
        Assert.Equal(HttpStatusCode.Redirect, (await Researchers.PostSignInAsync(researcher, member.Email, member.Password)).StatusCode);
        // Several pooled connections in use before the crash, as on a busy workspace.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => researcher.GetAsync($"/studies/{member.StudyId}/sessions")));

        await cluster.CrashRestartAsync(bound.Token);

        // No participant request has cleared the pools: the researcher's own pages meet the dead connections first.
        foreach (var path in new[] { "/studies", $"/studies/{member.StudyId}/sessions", $"/studies/{member.StudyId}" })
        {
            using var page = await researcher.GetAsync(path);
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"GET {path} after the restart answered {(int)page.StatusCode}");
            Assert.Contains("Restart study", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>The survey's review step, reached as a browser does: questions page, then its form posted for review.</summary>
    private static async Task<string> ReviewAsync(HttpClient browser, string token)
    {
        var questions = await browser.GetStringAsync($"/s/{token}?lang=de");
        var review = await browser.PostAsync($"/s/{token}?handler=Answers&lang=de", new FormUrlEncodedContent(
            [.. Answers.Select(a => Pair("a." + a.Key, a.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))),
             Pair("action", "review"), Pair("__RequestVerificationToken", Field(questions, "__RequestVerificationToken"))]));
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        return await review.Content.ReadAsStringAsync();
    }

    private async Task<StudySeed.Link> LinkAsync()
    {
        await using var db = _app.OpenDb();
        return (await StudySeed.CreateAsync(db, consentRequired: false, expiresIn: null, ("client", "session-vas")))[0];
    }

    private async Task<int> StoredAsync(StudySeed.Link link)
    {
        await using var db = _app.OpenDb();
        return await db.Responses.CountAsync(r => r.InvitationId == link.InvitationId);
    }

    private HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = _app.BaseAddress };

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static KeyValuePair<string, string> Pair(string name, string value) => new(name, value);

    /// <summary>The value of the (last) input named <paramref name="name"/> in the page.</summary>
    private static string Field(string html, string name) =>
        Fields(html).Last(f => f.Key == name).Value;

    private static List<KeyValuePair<string, string>> Fields(string html) =>
        [.. Input().Matches(html).Select(m => (Name: NameAttribute().Match(m.Value), Value: ValueAttribute().Match(m.Value)))
            .Where(f => f.Name.Success)
            .Select(f => Pair(WebUtility.HtmlDecode(f.Name.Groups[1].Value), WebUtility.HtmlDecode(f.Value.Groups[1].Value)))];

    private static string FormAction(string html) => WebUtility.HtmlDecode(Action().Match(html).Groups[1].Value);

    [GeneratedRegex("<input [^>]*>")]
    private static partial Regex Input();

    [GeneratedRegex(" name=\"([^\"]*)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex(" value=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"")]
    private static partial Regex Action();
}
