using System.Net;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

public class ScheduleTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static Task<HttpResponseMessage> AddAsync(HttpClient browser, long studyId, string role, string instrument, string mode, string sessions = "") =>
        SetupPages.PostAsync(browser, studyId, "setup", "addForm", ("role", role), ("instrument", instrument), ("sessionsMode", mode), ("sessions", sessions));

    [Fact]
    public async Task AddingAFormFreezesTheShippedDefinitionAndListsItWithItsHash()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        var shipped = InstrumentCatalog.Shipped.Get("wa-client");

        using var every = await AddAsync(browser, owner.StudyId, "client", "wa-client", "every");
        using var listed = await AddAsync(browser, owner.StudyId, "therapist", "wa-therapist", "listed", "3, 6,10");

        Assert.Equal(HttpStatusCode.Redirect, every.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, listed.StatusCode);
        await using var db = app.OpenDb();
        var forms = await db.ScheduledForms.Where(f => f.StudyId == owner.StudyId).OrderBy(f => f.Position).ToListAsync();
        Assert.Equal([RaterRole.Client, RaterRole.Therapist], forms.Select(f => f.Role));
        Assert.Empty(forms[0].SessionNumbers);
        Assert.Equal([3, 6, 10], forms[1].SessionNumbers);
        var frozen = await db.InstrumentVersions.SingleAsync(v => v.StudyId == owner.StudyId && v.InstrumentId == "wa-client");
        Assert.Equal(forms[0].InstrumentVersionId, frozen.InstrumentVersionId);
        Assert.Equal(shipped.ContentHash, frozen.ContentHash);
        // jsonb re-serialises the text, so compare by the canonical content hash, not character by character.
        Assert.Equal(shipped.ContentHash, Alliance.Data.Instruments.StudyInstruments.ContentHash(frozen.Definition));
        var page = await SetupPages.TextAsync(await browser.GetAsync(SetupPages.Url(owner.StudyId, "setup")));
        Assert.Contains(shipped.ContentHash, page, StringComparison.Ordinal);
        Assert.Contains("3, 6, 10", page, StringComparison.Ordinal);
        Assert.Contains("Every session", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingTheSameVersionAgainReusesTheFrozenCopyUnchanged()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "client", "session-vas", "every")).Dispose();
        await using var db = app.OpenDb();
        var first = await db.InstrumentVersions.AsNoTracking().SingleAsync(v => v.StudyId == owner.StudyId);
        var line = await db.ScheduledForms.AsNoTracking().SingleAsync(f => f.StudyId == owner.StudyId);

        using var removed = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "removeForm", ("scheduledFormId", line.ScheduledFormId.ToString()));
        using var again = await AddAsync(browser, owner.StudyId, "client", "session-vas", "listed", "1, 2");

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        await using var check = app.OpenDb();
        var versions = await check.InstrumentVersions.Where(v => v.StudyId == owner.StudyId).ToListAsync();
        var kept = Assert.Single(versions);
        Assert.Equal(first.InstrumentVersionId, kept.InstrumentVersionId);
        Assert.Equal(first.FrozenAt, kept.FrozenAt);
        Assert.Equal(first.Definition, kept.Definition);
        var now = Assert.Single(await check.ScheduledForms.Where(f => f.StudyId == owner.StudyId).ToListAsync());
        Assert.NotEqual(line.ScheduledFormId, now.ScheduledFormId);
        Assert.Equal(first.InstrumentVersionId, now.InstrumentVersionId);
    }

    [Theory]
    [InlineData("client", "wa-client", "listed", "", "#form-sessions")]
    [InlineData("client", "wa-client", "listed", "3, x", "#form-sessions")]
    [InlineData("client", "wa-client", "listed", "0, 3", "#form-sessions")]
    [InlineData("client", "wa-client", "listed", "3, 501", "#form-sessions")]
    [InlineData("client", "wa-client", "listed", "6, 3", "#form-sessions")]
    [InlineData("client", "wa-client", "listed", "3, 3", "#form-sessions")]
    [InlineData("client", "wa-client", "listed", "2.5", "#form-sessions")]
    [InlineData("client", "wa-client", "sometimes", "", "#form-sessions-every")]
    [InlineData("observer", "wa-client", "every", "", "#form-role")]
    [InlineData("client", "no-such-form", "every", "", "#form-instrument")]
    [InlineData("client", "wa-therapist", "every", "", "#form-role")]
    public async Task AnInvalidFormIsRefusedAndNothingIsFrozenOrScheduled(string role, string instrument, string mode, string sessions, string anchor)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await AddAsync(browser, owner.StudyId, role, instrument, mode, sessions);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"href=\"{anchor}\"", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.ScheduledForms.AnyAsync(f => f.StudyId == owner.StudyId));
        Assert.False(await db.InstrumentVersions.AnyAsync(v => v.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task AFormWhoseLicensedWordingIsNotInstalledIsRefusedWithTheReason()
    {
        var waiSr = InstrumentCatalog.Shipped.Get("wai-sr");
        Assert.False(waiSr.ItemTextInstalled); // the test machine has no licensed wording installed
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await AddAsync(browser, owner.StudyId, "client", "wai-sr", "every");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains("is licensed and not installed", page, StringComparison.Ordinal);
        Assert.Contains(waiSr.Header.ItemTextFile!, page, StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.False(await db.InstrumentVersions.AnyAsync(v => v.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task TheSameFormForTheSameRoleCannotBeScheduledTwice()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "client", "wa-client", "every")).Dispose();

        using var response = await AddAsync(browser, owner.StudyId, "client", "wa-client", "listed", "4");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("already scheduled", await SetupPages.TextAsync(response), StringComparison.Ordinal);
        await using var db = app.OpenDb();
        Assert.Single(await db.ScheduledForms.Where(f => f.StudyId == owner.StudyId).ToListAsync());
    }

    [Fact]
    public async Task RemovingAFormKeepsItsFrozenVersion()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "therapist", "rr-therapist", "every")).Dispose();
        await using var db = app.OpenDb();
        var line = await db.ScheduledForms.SingleAsync(f => f.StudyId == owner.StudyId);

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "removeForm", ("scheduledFormId", line.ScheduledFormId.ToString()));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var check = app.OpenDb();
        Assert.False(await check.ScheduledForms.AnyAsync(f => f.StudyId == owner.StudyId));
        Assert.True(await check.InstrumentVersions.AnyAsync(v => v.StudyId == owner.StudyId && v.InstrumentVersionId == line.InstrumentVersionId));
    }
}
