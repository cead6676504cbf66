using System.Net;
using Alliance.Data;
using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    /// <summary>
    /// The pages' connections plan each statement for its values and without parallel workers: a generic plan made
    /// the reminders list of a 10,000-dyad study start from every dyad's sessions, and parallel workers let one page
    /// take every core (docs/operations.md, "Participants first").
    /// </summary>
    [Fact]
    public async Task PageStatementsArePlannedForTheirValuesOnOneProcess()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AllianceDbContext>();

        var planning = await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync();
        var workers = await db.Database.SqlQueryRaw<string>("SELECT current_setting('max_parallel_workers_per_gather') AS \"Value\"").SingleAsync();

        Assert.Equal("force_custom_plan", planning);
        Assert.Equal("0", workers);
    }
}
