using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Alliance.Web.Tests.Workspace.Setup;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Lifecycle;

/// <summary>
/// The participant and dyad pages: a staff withdrawal keeps its reason; erasing needs an owner and the code typed to
/// confirm, and afterwards no workspace page or audit entry names the person; an ended dyad takes no new sessions.
/// </summary>
public class ParticipantPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static string Person(long studyId, string kind, string code) => $"/studies/{studyId}/participants/{kind}/{code}?lang=en";

    private static async Task<HttpStatusCode> PostAsync(HttpClient browser, string page, string handler, params (string Key, string Value)[] fields)
    {
        using var response = await Researchers.PostFormAsync(browser, page, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)),
            page + "&handler=" + handler);
        return response.StatusCode;
    }

    [Fact]
    public async Task StaffWithdrawalRecordsTheReasonTheTeamWasGiven()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Withdrawal study");
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "W-1"))).Dispose();
        var page = Person(owner.StudyId, "clients", "W-1");

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(browser, page, "withdraw", ("reason", "   ")));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(browser, page, "withdraw", ("reason", "Told the therapist by phone")));

        await using var db = app.OpenDb();
        var withdrawal = await db.Withdrawals.SingleAsync(w => w.StudyId == owner.StudyId);
        Assert.Equal("Told the therapist by phone", withdrawal.Reason);
        Assert.Contains("Told the therapist by phone", await browser.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ErasureNeedsAnOwnerAndTheCodeTypedAndLeavesNoPageNamingThem()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Erasure study");
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "Ther-9"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "Gone-42"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addDyad", ("therapist", "Ther-9"), ("client", "Gone-42"),
            ("startedOn", "2026-01-05"))).Dispose();
        using var researcher = await Researchers.SignedInMemberAsync(app, owner.StudyId, StudyRoles.Researcher);
        var page = Person(owner.StudyId, "clients", "Gone-42");

        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(researcher, page, "erase", ("confirm", "Gone-42")));
        Assert.DoesNotContain("handler=erase", await researcher.GetStringAsync(page), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(browser, page, "erase", ("confirm", "Gone-4")));
        Assert.Contains("Gone-42", await browser.GetStringAsync($"/studies/{owner.StudyId}/participants?lang=en"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(browser, page, "erase", ("confirm", "Gone-42")));

        foreach (var url in new[] { "participants", "audit", "", "sessions" })
        {
            var html = await browser.GetStringAsync($"/studies/{owner.StudyId}/{url}?lang=en");
            Assert.DoesNotContain("Gone-42", html, StringComparison.Ordinal);
        }
        using var gone = await browser.GetAsync(page);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        await using var db = app.OpenDb();
        Assert.False(await db.Clients.AnyAsync(c => c.StudyId == owner.StudyId && c.Code == "Gone-42"));
        Assert.DoesNotContain(await db.AuditLog.Where(a => a.StudyId == owner.StudyId).Select(a => a.Detail).ToListAsync(),
            detail => detail.Contains("Gone-42", StringComparison.Ordinal));
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.StudyId == owner.StudyId && a.Action == "participants.erase"));
    }

    [Fact]
    public async Task AnEndedDyadTakesNoNewSessions()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Ending study");
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addTherapist", ("code", "T1"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addClient", ("code", "C1"))).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "addDyad", ("therapist", "T1"), ("client", "C1"),
            ("startedOn", "2026-01-05"))).Dispose();
        var dyad = $"/studies/{owner.StudyId}/participants/dyads/T1-C1?lang=en";

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(browser, dyad, "end", ("endedOn", "2025-12-31")));
        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(browser, dyad, "end", ("endedOn", "2026-02-01")));

        await using var db = app.OpenDb();
        var ended = await db.Dyads.SingleAsync(d => d.StudyId == owner.StudyId && d.Code == "T1-C1");
        Assert.Equal(new DateOnly(2026, 2, 1), ended.EndedOn);
        Assert.Contains(await db.AuditLog.Where(a => a.StudyId == owner.StudyId).Select(a => a.Action).ToListAsync(), a => a == "participants.dyad.end");
    }
}
