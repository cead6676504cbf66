using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace.Access;

/// <summary>Which roles open the members, exports and audit pages: the policy table as the pages enforce it.</summary>
public class AccessRouteTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData(StudyRoles.Owner, "members", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Owner, "exports", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Owner, "audit", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Researcher, "members", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Researcher, "exports", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Researcher, "audit", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Analyst, "members", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Analyst, "exports", HttpStatusCode.OK)]
    [InlineData(StudyRoles.Analyst, "audit", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Clinician, "members", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Clinician, "exports", HttpStatusCode.Forbidden)]
    [InlineData(StudyRoles.Clinician, "audit", HttpStatusCode.Forbidden)]
    public async Task EachRoleOpensExactlyThePagesItsPolicyAllows(string role, string page, HttpStatusCode expected)
    {
        await using var db = app.OpenDb();
        var member = await Researchers.CreateAsync(db, role);
        using var browser = await Researchers.SignedInAsync(app, member);

        using var response = await browser.GetAsync(AccessPages.Url(member.StudyId, page));

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("members")]
    [InlineData("exports")]
    [InlineData("audit")]
    public async Task AnOwnerOfAnotherStudyGets404(string page)
    {
        await using var db = app.OpenDb();
        var mine = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var other = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = await Researchers.SignedInAsync(app, mine);

        using var response = await browser.GetAsync(AccessPages.Url(other.StudyId, page));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("members", "?handler=remove")]
    [InlineData("exports", "?handler=createToken")]
    [InlineData("exports", "?handler=download")]
    [InlineData("audit", "?handler=download")]
    public async Task AClinicianCannotPostToThePagesEither(string page, string handler)
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        var clinician = await Researchers.JoinAsync(db, owner.StudyId, StudyRoles.Clinician);
        using var browser = await Researchers.SignedInAsync(app, clinician);
        var before = db.AuditLog.Count(a => a.StudyId == owner.StudyId);

        // The antiforgery token comes from a page the clinician may open.
        using var response = await Researchers.PostFormAsync(browser, "/studies?lang=en",
            [new("account", owner.AccountId.ToString("D")), new("name", "x"), new("format", "long")],
            AccessPages.Url(owner.StudyId, page, "&" + handler.TrimStart('?')));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, db.AuditLog.Count(a => a.StudyId == owner.StudyId));
        Assert.True(db.StudyMembers.Any(m => m.StudyId == owner.StudyId && m.AccountId == owner.AccountId));
    }

    [Theory]
    [InlineData("members")]
    [InlineData("exports")]
    [InlineData("audit")]
    public async Task SignedOutVisitorsAreSentToSignIn(string page)
    {
        await using var db = app.OpenDb();
        var owner = await Researchers.CreateAsync(db, StudyRoles.Owner);
        using var browser = Researchers.Browser(app);

        using var response = await browser.GetAsync(AccessPages.Url(owner.StudyId, page));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNavigationShowsAResearcherExportsButNotMembersOrAudit()
    {
        await using var db = app.OpenDb();
        var researcher = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, researcher);

        var page = await browser.GetStringAsync(AccessPages.Url(researcher.StudyId, "exports"));

        Assert.Contains("/exports?lang=en\" aria-current=\"page\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/members?lang=", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/audit?lang=", page, StringComparison.Ordinal);
    }
}
