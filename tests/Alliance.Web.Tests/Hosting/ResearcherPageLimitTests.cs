using System.Net;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace;

namespace Alliance.Web.Tests.Hosting;

/// <summary>An app that serves one workspace request at a time, as a busy small server would.</summary>
public sealed class AppWithOneResearcherSlot : RunningApp
{
    protected override IEnumerable<string> Settings => ["--ResearcherPages:ConcurrentRequests", "1", "--ResearcherPages:QueueLength", "100"];
}

/// <summary>Researchers beyond the limit wait their turn instead of being refused; participants do not wait for them (#21).</summary>
public class ResearcherPageLimitTests(AppWithOneResearcherSlot app) : IClassFixture<AppWithOneResearcherSlot>
{
    [Fact]
    public async Task ABurstOfWorkspaceRequestsBeyondTheLimitIsQueuedNotRefused()
    {
        DemoStudyResult demo;
        await using (var db = app.OpenDb())
        {
            demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 4, CancellationToken.None);
        }
        using var researcher = await Researchers.SignedInMemberAsync(app, demo.StudyId, StudyRoles.Researcher);

        var burst = await Task.WhenAll(Enumerable.Range(0, 16).Select(async k =>
        {
            using var response = await researcher.GetAsync($"/studies/{demo.StudyId}/{(k % 2 == 0 ? "sessions" : "participants")}?lang=en");
            return response.StatusCode;
        }));
        using var survey = await app.Client.GetAsync($"/s/{demo.Links[0].Token}");

        Assert.All(burst, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(HttpStatusCode.OK, survey.StatusCode);
    }
}
