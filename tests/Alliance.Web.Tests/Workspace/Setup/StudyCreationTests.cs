using System.Globalization;
using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class StudyCreationTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task AnySignedInAccountCanCreateAStudyAndBecomesItsOwner()
    {
        await using var db = app.OpenDb();
        var analyst = await Researchers.CreateAsync(db, StudyRoles.Analyst, "Someone else's study");
        using var browser = await Researchers.SignedInAsync(app, analyst);
        var name = "Created " + Guid.NewGuid().ToString("N");

        using var response = await Researchers.PostFormAsync(browser, "/studies?lang=de", [KeyValuePair.Create("name", "  " + name + " ")],
            "/studies?lang=de");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.OpenDb();
        var study = await check.Studies.SingleAsync(s => s.Name == name);
        var members = await check.StudyMembers.Where(m => m.StudyId == study.StudyId).ToListAsync();
        var member = Assert.Single(members);
        Assert.Equal(analyst.AccountId, member.AccountId);
        Assert.Equal(StudyRoles.Owner, member.Role);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"/studies/{study.StudyId}/setup?lang=de"),
            response.Headers.Location!.OriginalString);
        Assert.True(await check.AuditLog.AnyAsync(a => a.StudyId == study.StudyId && a.Action == "study.create"));
        var setup = await browser.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task AStudyWithoutANameIsRefusedAndNothingIsStored(string name)
    {
        await using var db = app.OpenDb();
        var me = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, me);
        var before = await db.Studies.CountAsync();

        using var response = await Researchers.PostFormAsync(browser, "/studies?lang=en", [KeyValuePair.Create("name", name)], "/studies?lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("class=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#study-name\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await app.OpenDb().Studies.CountAsync());
    }

    [Fact]
    public async Task ANameLongerThan200CharactersIsRefused()
    {
        await using var db = app.OpenDb();
        var me = await Researchers.CreateAsync(db, StudyRoles.Researcher);
        using var browser = await Researchers.SignedInAsync(app, me);
        var name = new string('x', 201);

        using var response = await Researchers.PostFormAsync(browser, "/studies?lang=en", [KeyValuePair.Create("name", name)], "/studies?lang=en");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await app.OpenDb().Studies.AnyAsync(s => s.Name == name));
    }

    [Fact]
    public async Task EachStudyNameLinksToItsDashboard()
    {
        await using var db = app.OpenDb();
        var me = await Researchers.CreateAsync(db, StudyRoles.Clinician, "Linked study");
        using var browser = await Researchers.SignedInAsync(app, me);

        var page = await browser.GetStringAsync("/studies?lang=en");

        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<a href=\"/studies/{me.StudyId}?lang=en\">Linked study</a>"),
            page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedOutVisitorsCannotCreateAStudy()
    {
        using var browser = Researchers.Browser(app);
        await using var db = app.OpenDb();
        var before = await db.Studies.CountAsync();

        using var response = await browser.PostAsync("/studies", new FormUrlEncodedContent([KeyValuePair.Create("name", "Anonymous")]));

        // Refused before the handler runs: by the sign-in redirect or by the missing antiforgery token.
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest
            || response.Headers.Location?.OriginalString.Contains("/login", StringComparison.Ordinal) == true,
            $"answered {(int)response.StatusCode}");
        Assert.Equal(before, await app.OpenDb().Studies.CountAsync());
    }
}
