using System.Net;
using System.Text;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>The requests that were answered 500 before issue #15, each with the 4xx it gets now.</summary>
public class MalformedRequestTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("{\"answers\":{\"\\ud800\":1}}")]
    [InlineData("{\"answers\":{\"a\":\"\\udc00\"},\"consent\":true}")]
    public async Task ALoneSurrogateInTheBodyIsMalformedJsonForKnownAndUnknownLinks(string body)
    {
        var token = await OpenTokenAsync();
        await using var db = app.OpenDb();
        var responses = await db.Responses.CountAsync();

        foreach (var path in new[] { $"/api/v1/surveys/{token}/responses", "/api/v1/surveys/no-such-link/responses" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
            using var response = await app.Client.SendAsync(request);
            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        using var draft = await app.Client.PutAsync($"/api/v1/surveys/{token}/draft", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, draft.StatusCode);
        Assert.Contains("Malformed JSON", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(responses, await db.Responses.CountAsync());
    }

    [Fact]
    public async Task ABlankTokenIsAnUnknownLinkPage()
    {
        using var response = await app.Client.GetAsync("/s/%20?lang=de");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Dieser Link funktioniert nicht", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TraceOnTheSurveyPageIsA405PageInTheParticipantsLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Trace, $"/s/{await OpenTokenAsync()}?lang=de");
        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], response.Content.Headers.Allow.Order(StringComparer.Ordinal));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Diese Anfrage konnte nicht bearbeitet werden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormPostedToAnUnknownHandlerIs404OnSurveyAndStudyPages()
    {
        var token = await OpenTokenAsync();
        using var participant = Researchers.Browser(app);
        using var survey = await Researchers.PostFormAsync(participant, $"/s/{token}?lang=en", [], $"/s/{token}?handler=nope&lang=en");
        Assert.Equal(HttpStatusCode.NotFound, survey.StatusCode);
        Assert.Contains("This request could not be handled", await survey.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var researcher = await Researchers.SignedInAsync(app, owner);
        var page = $"/studies/{owner.StudyId}/setup?lang=en";
        using var study = await Researchers.PostFormAsync(researcher, page, [], $"/studies/{owner.StudyId}/setup?handler=nope&lang=en");
        Assert.Equal(HttpStatusCode.NotFound, study.StatusCode);
    }

    private async Task<string> OpenTokenAsync()
    {
        await using var db = app.OpenDb();
        var demo = await DemoStudy.SeedAsync(db, app.BaseAddress.ToString().TrimEnd('/'), 3, CancellationToken.None);
        return demo.Links[0].Token;
    }
}
