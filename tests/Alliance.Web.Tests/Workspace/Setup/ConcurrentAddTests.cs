using System.Net;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>Two people adding the same code at the same moment: one wins, nobody gets a server error.</summary>
public class ConcurrentAddTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task SimultaneousAddsOfOneCodeStoreItOnceAndAnswerAddedAlreadyThereOrChangedMeanwhile()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "RACE"))));

        var statuses = answers.Select(a => a.StatusCode).ToList();
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Redirect, HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        Assert.Contains(HttpStatusCode.Redirect, statuses);
        await using var db = app.OpenDb();
        Assert.Equal(1, await db.Therapists.CountAsync(t => t.StudyId == owner.StudyId && t.Code == "RACE"));
    }
}
