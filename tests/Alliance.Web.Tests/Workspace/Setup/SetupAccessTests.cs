using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class SetupAccessTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData(StudyRoles.Owner, "setup", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Researcher, "setup", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Analyst, "setup", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Clinician, "setup", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Owner, "participants", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Researcher, "participants", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Analyst, "participants", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Clinician, "participants", HttpStatusCode.Forbidden)]
    public async Task OwnersAndResearchersMayUseTheSetUpPagesOtherRolesMayNot(string role, string page, HttpStatusCode expected)
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, role);
        using var browser = await Researchers.SignedInAsync(app, member);

        using var get = await browser.GetAsync(SetupPages.Url(member.StudyId, page));
        var handler = page == "setup" ? "addArm" : "addTherapist";
        using var post = await PostWithoutPageAsync(browser, member.StudyId, page, handler, "X1");

        Assert.Equal(expected, get.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? HttpStatusCode.Redirect : expected, post.StatusCode);
        await using var check = app.OpenDb();
        var stored = page == "setup"
            ? await check.StudyArms.AnyAsync(a => a.StudyId == member.StudyId)
            : await check.Therapists.AnyAsync(t => t.StudyId == member.StudyId);
        Assert.Equal(expected == HttpStatusCode.OK, stored);
    }

    [Theory]
    [InlineData("setup")]
    [InlineData("participants")]
    public async Task ANonMemberGetsNotFound(string page)
    {
        await using var db = app.OpenDb();
        var other = await Researchers.CreateAsync(db, StudyRoles.Owner, "Not mine");
        var me = await Researchers.CreateAsync(db, StudyRoles.Owner, "Mine");
        using var browser = await Researchers.SignedInAsync(app, me);

        using var get = await browser.GetAsync(SetupPages.Url(other.StudyId, page));
        using var post = await PostWithoutPageAsync(browser, other.StudyId, page, page == "setup" ? "addArm" : "addClient", "X1", tokenFrom: me.StudyId);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var check = app.OpenDb();
        Assert.False(await check.StudyArms.AnyAsync(a => a.StudyId == other.StudyId));
        Assert.False(await check.Clients.AnyAsync(c => c.StudyId == other.StudyId));
    }

    [Theory]
    [InlineData("setup")]
    [InlineData("participants")]
    public async Task SignedOutVisitorsAreSentToTheSignInPage(string page)
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = Researchers.Browser(app);

        using var response = await browser.GetAsync(SetupPages.Url(owner.StudyId, page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberOfOneStudyCannotChangeAnotherStudyThroughTheirOwnPages()
    {
        var (a, browserA) = await SetupPages.OwnerAsync(app, "Study A");
        var (b, browserB) = await SetupPages.OwnerAsync(app, "Study B");
        using var _ = browserA;
        using var __ = browserB;
        (await SetupPages.PostAsync(browserB, b.StudyId, "setup", "addArm", ("code", "b-arm"), ("cliniciansSee", "true"))).Dispose();
        (await SetupPages.PostAsync(browserB, b.StudyId, "setup", "addForm",
            ("role", "client"), ("instrument", "wa-client"), ("sessionsMode", "every"), ("sessions", ""))).Dispose();
        (await SetupPages.PostAsync(browserB, b.StudyId, "participants", "bulk", ("csv", "therapist,client\nTB1,CB1\n"))).Dispose();
        (await SetupPages.PostAsync(browserA, a.StudyId, "participants", "addTherapist", ("code", "TA1"))).Dispose();
        await using var db = app.OpenDb();
        var formB = await db.ScheduledForms.SingleAsync(f => f.StudyId == b.StudyId);

        using var removeForm = await SetupPages.PostAsync(browserA, a.StudyId, "setup", "removeForm", ("scheduledFormId", formB.ScheduledFormId.ToString()));
        using var flag = await SetupPages.PostAsync(browserA, a.StudyId, "setup", "armFlag", ("code", "b-arm"));
        using var removeArm = await SetupPages.PostAsync(browserA, a.StudyId, "setup", "removeArm", ("code", "b-arm"));
        using var pair = await SetupPages.PostAsync(browserA, a.StudyId, "participants", "addDyad",
            ("therapist", "TB1"), ("client", "CB1"), ("arm", "b-arm"), ("startedOn", "2026-03-02"));
        using var pairOwn = await SetupPages.PostAsync(browserA, a.StudyId, "participants", "addDyad",
            ("therapist", "TA1"), ("client", "CB1"), ("arm", ""), ("startedOn", "2026-03-02"));
        using var bulk = await SetupPages.PostAsync(browserA, a.StudyId, "participants", "bulk", ("csv", "therapist,client,arm\nTB1,CB1,b-arm\n"));
        using var readB = await browserA.GetAsync(SetupPages.Url(b.StudyId, "participants"));

        Assert.Equal(HttpStatusCode.NotFound, removeForm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, flag.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, removeArm.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pair.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, pairOwn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, readB.StatusCode);
        await using var check = app.OpenDb();
        Assert.True(await check.ScheduledForms.AnyAsync(f => f.StudyId == b.StudyId && f.ScheduledFormId == formB.ScheduledFormId));
        Assert.True((await check.StudyArms.SingleAsync(x => x.StudyId == b.StudyId && x.Code == "b-arm")).CliniciansSeeClientRatings);
        Assert.False(await check.Dyads.AnyAsync(d => d.StudyId == a.StudyId));
        Assert.Equal(1, await check.Dyads.CountAsync(d => d.StudyId == b.StudyId));
        Assert.Equal(["TA1"], await check.Therapists.Where(t => t.StudyId == a.StudyId).Select(t => t.Code).ToListAsync());
        Assert.False(await check.StudyArms.AnyAsync(x => x.StudyId == a.StudyId));
    }

    /// <summary>
    /// Posts a form with an antiforgery token taken from a page the browser may open (/studies, or study
    /// <paramref name="tokenFrom"/>'s set-up page), so the refusal comes from the study gate and not from antiforgery.
    /// </summary>
    private static async Task<HttpResponseMessage> PostWithoutPageAsync(HttpClient browser, long studyId, string page, string handler,
        string code, long? tokenFrom = null)
    {
        var source = tokenFrom is { } own ? SetupPages.Url(own, "setup") : "/studies?lang=en";
        return await Researchers.PostFormAsync(browser, source, [KeyValuePair.Create("code", code), KeyValuePair.Create("cliniciansSee", "true")],
            SetupPages.Url(studyId, page) + "&handler=" + handler);
    }
}
