using System.Net;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class ArmTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static Task<HttpResponseMessage> AddAsync(HttpClient browser, long studyId, string code, bool cliniciansSee) =>
        cliniciansSee
            ? SetupPages.PostAsync(browser, studyId, "setup", "addArm", ("code", code), ("cliniciansSee", "true"))
            : SetupPages.PostAsync(browser, studyId, "setup", "addArm", ("code", code));

    private async Task<Dictionary<string, bool>> ArmsAsync(long studyId)
    {
        await using var db = app.OpenDb();
        return await db.StudyArms.Where(a => a.StudyId == studyId).ToDictionaryAsync(a => a.Code, a => a.CliniciansSeeClientRatings);
    }

    [Fact]
    public async Task ArmsAreAddedWithTheirBlindingRule()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var blinded = await AddAsync(browser, owner.StudyId, "usual-care", cliniciansSee: false);
        using var feedback = await AddAsync(browser, owner.StudyId, "feedback_1", cliniciansSee: true);

        Assert.Equal(HttpStatusCode.Redirect, blinded.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, feedback.StatusCode);
        Assert.Equal(new Dictionary<string, bool> { ["usual-care"] = false, ["feedback_1"] = true }, await ArmsAsync(owner.StudyId));
    }

    [Theory]
    [InlineData("")]
    [InlineData("usual care")]
    [InlineData("arm.1")]
    [InlineData("ärm")]
    public async Task AnArmCodeOfTheWrongShapeIsRefused(string code)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await AddAsync(browser, owner.StudyId, code, cliniciansSee: true);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("href=\"#arm-code\"", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        Assert.Empty(await ArmsAsync(owner.StudyId));
    }

    [Fact]
    public async Task AnArmCodeOf65CharactersIsRefused()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var at64 = await AddAsync(browser, owner.StudyId, new string('a', 64), cliniciansSee: true);
        using var at65 = await AddAsync(browser, owner.StudyId, new string('b', 65), cliniciansSee: true);

        Assert.Equal(HttpStatusCode.Redirect, at64.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, at65.StatusCode);
        Assert.Equal([new string('a', 64)], (await ArmsAsync(owner.StudyId)).Keys);
    }

    [Fact]
    public async Task AnArmCannotBeAddedTwice()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "feedback", cliniciansSee: true)).Dispose();

        using var response = await AddAsync(browser, owner.StudyId, "feedback", cliniciansSee: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(new Dictionary<string, bool> { ["feedback"] = true }, await ArmsAsync(owner.StudyId));
    }

    [Fact]
    public async Task TheBlindingRuleOfAnArmCanBeChanged()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "feedback", cliniciansSee: true)).Dispose();

        using var off = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "armFlag", ("code", "feedback"));
        var afterOff = await ArmsAsync(owner.StudyId);
        using var on = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "armFlag", ("code", "feedback"), ("cliniciansSee", "true"));

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
        Assert.False(afterOff["feedback"]);
        Assert.True((await ArmsAsync(owner.StudyId))["feedback"]);
    }

    [Fact]
    public async Task AnArmNoDyadUsesCanBeRemovedButAnArmInUseCannot()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "used", cliniciansSee: true)).Dispose();
        (await AddAsync(browser, owner.StudyId, "unused", cliniciansSee: true)).Dispose();
        (await SetupPages.PostAsync(browser, owner.StudyId, "participants", "bulk", ("csv", "therapist,client,arm\nT1,C1,used\n"))).Dispose();

        using var removeUnused = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "removeArm", ("code", "unused"));
        using var removeUsed = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "removeArm", ("code", "used"));

        Assert.Equal(HttpStatusCode.Redirect, removeUnused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, removeUsed.StatusCode);
        Assert.Contains("is used by dyads", await SetupPages.TextAsync(removeUsed), StringComparison.Ordinal);
        Assert.Equal(["used"], (await ArmsAsync(owner.StudyId)).Keys);
    }

    [Fact]
    public async Task ABlindedArmHidesClientRatingsFromClinicians()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "no-feedback", cliniciansSee: false)).Dispose();
        await using var db = app.OpenDb();
        var arms = await db.StudyArms.Where(a => a.StudyId == owner.StudyId).ToListAsync();
        var clinician = new Alliance.Web.Workspace.StudyContext(owner.StudyId, "s", Guid.NewGuid(), "c@example.org", StudyRoles.Clinician, null);

        Assert.False(Alliance.Web.Workspace.VisibleDyads.ClientRatingsVisible(clinician, "no-feedback", arms));
    }
}
