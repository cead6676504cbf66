using System.IO.Compression;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace;

namespace Alliance.Web.Tests.Hosting;

/// <summary>HTML goes out compressed to a browser that accepts it; a participant's answers post is not compressed (#21).</summary>
public class CompressionTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task WorkspaceAndSurveyPagesAreCompressedForABrowserThatAcceptsIt()
    {
        var demo = await DemoAsync();
        using var researcher = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher);

        using var workspace = await GetAsync(researcher, $"/studies/{demo.StudyId}/participants?lang=en", "br, gzip");
        using var survey = await GetAsync(app.Client, $"/s/{demo.Links[0].Token}", "gzip");

        Assert.Equal(["br"], workspace.Content.Headers.ContentEncoding);
        Assert.Equal(["gzip"], survey.Content.Headers.ContentEncoding);
        await using var html = new BrotliStream(await workspace.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        using var reader = new StreamReader(html);
        Assert.Contains("</html>", await reader.ReadToEndAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersPostedToTheSurveyPageAreNotCompressed()
    {
        var demo = await DemoAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/s/{demo.Links[0].Token}")
        {
            Content = new FormUrlEncodedContent([new("answers", "")]),
        };
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task WithoutAcceptEncodingNothingIsCompressed()
    {
        var demo = await DemoAsync();

        using var survey = await app.Client.GetAsync($"/s/{demo.Links[0].Token}");

        Assert.Empty(survey.Content.Headers.ContentEncoding);
        Assert.Contains("<form", await survey.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<DemoStudyResult> DemoAsync()
    {
        await using var db = app.OpenDb();
        return await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 3, CancellationToken.None);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string url, string encodings)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encodings);
        var response = await client.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return response;
    }
}
