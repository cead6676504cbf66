using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Alliance.Testing.Hosting;
using Alliance.Testing.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Surveys;

public class SurveyApiTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly Dictionary<string, double> AllFours = new()
    {
        ["sv1"] = 8, ["sv2"] = 9.5, ["sv3"] = 7, ["sv4"] = 10,
    };

    private async Task<StudySeed.Link> NewLinkAsync(bool consent = false, TimeSpan? expiresIn = null, string instrument = "session-vas")
    {
        await using var db = app.OpenDb();
        return (await StudySeed.CreateAsync(db, consent, expiresIn, ("client", instrument)))[0];
    }

    private static HttpRequestMessage Post(string token, object body, string? key = "k1") =>
        Post(token, JsonSerializer.Serialize(body), key);

    private static HttpRequestMessage Post(string token, string json, string? key = "k1") => SurveyRequests.Submit(token, json, key);

    private async Task<int> ResponsesForAsync(Guid invitationId)
    {
        await using var db = app.OpenDb();
        return await db.Responses.CountAsync(r => r.InvitationId == invitationId);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task OpenLinkDescribesTheInstrumentAndItsScale()
    {
        var link = await NewLinkAsync();
        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}");
        Assert.Equal("open", survey.GetProperty("status").GetString());
        Assert.Equal("client", survey.GetProperty("role").GetString());
        Assert.Equal(1, survey.GetProperty("session").GetInt32());
        var instrument = survey.GetProperty("instrument");
        Assert.Equal("session-vas", instrument.GetProperty("id").GetString());
        var items = instrument.GetProperty("items");
        Assert.Equal(4, items.GetArrayLength());
        var scale = items[0].GetProperty("scale");
        Assert.Equal(0, scale.GetProperty("min").GetDouble());
        Assert.Equal(10, scale.GetProperty("max").GetDouble());
        Assert.Equal(0.1, scale.GetProperty("step").GetDouble());
        Assert.Empty(survey.GetProperty("answers").EnumerateObject());
    }

    [Fact]
    public async Task GermanIsServedWhenAsked()
    {
        var link = await NewLinkAsync();
        var en = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}");
        var de = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}?lang=de");
        Assert.NotEqual(en.GetProperty("instrument").GetProperty("title").GetString(), de.GetProperty("instrument").GetProperty("title").GetString());
        Assert.Equal("de", de.GetProperty("language").GetString());
    }

    [Fact]
    public async Task UnknownTokenIsA404Problem()
    {
        using var response = await app.Client.GetAsync(new Uri("/api/v1/surveys/not-a-real-token", UriKind.Relative));
        await ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task DraftIsSavedAndReturnedWithTheSurvey()
    {
        var link = await NewLinkAsync();
        using var put = await app.Client.PutAsJsonAsync($"/api/v1/surveys/{link.Token}/draft", new { answers = new { sv1 = 6.5, sv3 = (double?)null } });
        Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}");
        Assert.Equal(6.5, survey.GetProperty("answers").GetProperty("sv1").GetDouble());
        Assert.Equal(JsonValueKind.Null, survey.GetProperty("answers").GetProperty("sv3").ValueKind);
    }

    [Fact]
    public async Task FirstSubmissionIsCreatedWithScores()
    {
        var link = await NewLinkAsync();
        using var response = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(Guid.TryParse(body.GetProperty("response_id").GetString(), out _));
        Assert.Equal(34.5, body.GetProperty("scores").GetProperty("total").GetDouble(), 9);
        Assert.Equal(1, await ResponsesForAsync(link.InvitationId));
        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}");
        Assert.Equal("submitted", survey.GetProperty("status").GetString());
    }

    [Fact]
    public async Task SameIdempotencyKeyReturnsTheSameResultAndStoresNothingNew()
    {
        var link = await NewLinkAsync();
        using var first = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, "same"));
        using var again = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, "same"));
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(1, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task DifferentKeyAfterSuccessIsAConflict()
    {
        var link = await NewLinkAsync();
        using var first = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, "one"));
        using var second = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, "two"));
        await ProblemAsync(second, HttpStatusCode.Conflict);
        Assert.Equal(1, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task TwentyConcurrentSubmissionsStoreExactlyOneResponse()
    {
        var link = await NewLinkAsync();
        var sameKey = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, "burst"))));
        Assert.All(sameKey, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(sameKey.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("response_id").GetString()));
        Assert.Single(ids.Distinct());
        Assert.Equal(1, await ResponsesForAsync(link.InvitationId));

        var other = await NewLinkAsync();
        var manyKeys = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => app.Client.SendAsync(Post(other.Token, new { answers = AllFours }, $"key-{i}"))));
        Assert.Equal(1, manyKeys.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(19, manyKeys.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, await ResponsesForAsync(other.InvitationId));
        foreach (var r in sameKey.Concat(manyKeys))
        {
            r.Dispose();
        }
    }

    [Theory]
    [InlineData("""{"answers": {"sv1": 11, "sv2": 9, "sv3": 7, "sv4": 10}}""", "sv1")]
    [InlineData("""{"answers": {"sv1": 8.05, "sv2": 9, "sv3": 7, "sv4": 10}}""", "sv1")]
    [InlineData("""{"answers": {"sv1": "eight", "sv2": 9, "sv3": 7, "sv4": 10}}""", "sv1")]
    [InlineData("""{"answers": {"sv1": 8, "sv2": 9, "sv3": 7, "sv4": 10, "sv9": 3}}""", "sv9")]
    [InlineData("""{"answers": {"sv1": true, "sv2": 9, "sv3": 7, "sv4": 10}}""", "sv1")]
    [InlineData("""{"answers": [1, 2, 3]}""", "answers")]
    public async Task InvalidAnswersAre422KeyedByItemAndStoreNothing(string body, string errorKey)
    {
        var link = await NewLinkAsync();
        using var response = await app.Client.SendAsync(Post(link.Token, body));
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty(errorKey, out _), problem.ToString());
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));
    }

    [Theory]
    [InlineData("""{"answers": {"sv1": 8,""", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    public async Task MalformedJsonIsA400ProblemAndStoresNothing(string body, HttpStatusCode expected)
    {
        var link = await NewLinkAsync();
        using var response = await app.Client.SendAsync(Post(link.Token, body));
        await ProblemAsync(response, expected);
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task OneMegabyteBodyIsRefusedWithAProblemAndStoresNothing()
    {
        var link = await NewLinkAsync();
        var huge = "{\"answers\": {\"sv1\": 8}, \"padding\": \"" + new string('x', 1024 * 1024) + "\"}";
        using var request = Post(link.Token, huge);
        // Send the body only once the server asks for it: it refuses by the declared length, so on a busy machine the
        // client is not still writing a megabyte when the answer comes and the connection closes (a broken pipe).
        request.Headers.ExpectContinue = true;
        using var response = await app.Client.SendAsync(request);
        await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task NonJsonContentTypeIsA415Problem()
    {
        var link = await NewLinkAsync();
        using var request = Post(link.Token, "{}");
        request.Content = new StringContent("sv1=8", Encoding.UTF8, "text/plain");
        using var response = await app.Client.SendAsync(request);
        await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task SubmissionWithoutIdempotencyKeyIsA400Problem()
    {
        var link = await NewLinkAsync();
        using var response = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, key: null));
        await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task MissingRequiredItemIsA422()
    {
        var link = await NewLinkAsync(instrument: "wa-client");
        using var response = await app.Client.SendAsync(Post(link.Token, new { answers = new { wa1 = 3 } }));
        var problem = await ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").EnumerateObject().Count() > 1);
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task StudyAskingForConsentRefusesAnswersWithoutIt()
    {
        var link = await NewLinkAsync(consent: true);
        using var refused = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }, "c1"));
        var problem = await ProblemAsync(refused, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("consent", out _));
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));

        using var accepted = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours, consent = true }, "c2"));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal(1, await db.ConsentRecords.CountAsync(c => c.InvitationId == link.InvitationId));
    }

    [Fact]
    public async Task ExpiredLinkReportsExpiredAndRefusesAnswers()
    {
        var link = await NewLinkAsync(expiresIn: TimeSpan.FromMinutes(-1));
        var survey = await app.Client.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/{link.Token}");
        Assert.Equal("expired", survey.GetProperty("status").GetString());
        using var response = await app.Client.SendAsync(Post(link.Token, new { answers = AllFours }));
        await ProblemAsync(response, HttpStatusCode.Gone);
        using var draft = await app.Client.PutAsJsonAsync($"/api/v1/surveys/{link.Token}/draft", new { answers = new { sv1 = 3 } });
        await ProblemAsync(draft, HttpStatusCode.Gone);
        Assert.Equal(0, await ResponsesForAsync(link.InvitationId));
    }

    [Fact]
    public async Task HealthzIsOkWhileTheDatabaseAnswers()
    {
        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
