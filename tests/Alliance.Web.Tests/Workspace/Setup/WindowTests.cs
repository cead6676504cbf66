using System.Net;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Setup;

/// <summary>Link windows on the set-up page: the study's defaults, and each schedule line's own offset and window.</summary>
public class WindowTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static (string, string)[] Settings(string offset, string window) =>
    [
        ("name", "Window study"), ("languages", "en"), ("defaultLanguage", "en"), ("consentText", ""),
        ("defaultOpeningOffsetDays", offset), ("linkExpiryDays", window),
    ];

    private static Task<HttpResponseMessage> AddAsync(HttpClient browser, long studyId, string instrument, string offset, string window) =>
        SetupPages.PostAsync(browser, studyId, "setup", "addForm", ("role", "client"), ("instrument", instrument), ("sessionsMode", "every"),
            ("sessions", ""), ("openingOffsetDays", offset), ("windowDays", window));

    [Fact]
    public async Task TheStudysDefaultOpeningAndWindowAreStoredAndShown()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings("-1", "10"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.Equal((-1, 10), (study.DefaultOpeningOffsetDays, study.DefaultWindowDays));
        var page = await browser.GetStringAsync(response.Headers.Location);
        Assert.Contains("id=\"default-offset\" name=\"defaultOpeningOffsetDays\" value=\"-1\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"link-expiry\" name=\"linkExpiryDays\" value=\"10\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyDefaultOpeningMeansTheSessionDay()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings("3", "7"))).Dispose();

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings("", "7"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.OpenDb();
        Assert.Equal(0, (await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId)).DefaultOpeningOffsetDays);
    }

    [Theory]
    [InlineData("-31", "7", "default-offset")]
    [InlineData("366", "7", "default-offset")]
    [InlineData("2.5", "7", "default-offset")]
    [InlineData("soon", "7", "default-offset")]
    [InlineData("+3", "7", "default-offset")]
    [InlineData("0", "0", "link-expiry")]
    [InlineData("0", "-7", "link-expiry")]
    [InlineData("0", "366", "link-expiry")]
    [InlineData("0", "a week", "link-expiry")]
    public async Task ABadStudyDefaultIsRefusedAtItsFieldAndNothingIsStored(string offset, string window, string field)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app, "Unchanged study");
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "settings", Settings(offset, window));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains($"href=\"#{field}\"", page, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"error\" id=\"{field}-error\">Enter a whole number of days from ", page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<p class=\"error\" id=\""));
        await using var db = app.OpenDb();
        var study = await db.Studies.SingleAsync(s => s.StudyId == owner.StudyId);
        Assert.Equal(("Unchanged study", 0, 7), (study.Name, study.DefaultOpeningOffsetDays, study.DefaultWindowDays));
    }

    [Fact]
    public async Task AFormsOwnWindowIsStoredAndAnEmptyOneFollowsTheStudysDefaultShownAsSuch()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var own = await AddAsync(browser, owner.StudyId, "wa-client", "2", "14");
        using var empty = await AddAsync(browser, owner.StudyId, "session-vas", "", "");

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, empty.StatusCode);
        await using var db = app.OpenDb();
        var lines = await db.ScheduledForms.Where(f => f.StudyId == owner.StudyId).OrderBy(f => f.Position).ToListAsync();
        Assert.Equal([(2, 14), (null, null)], lines.Select(f => (f.OpeningOffsetDays, f.WindowDays)));
        var page = await SetupPages.TextAsync(await browser.GetAsync(SetupPages.Url(owner.StudyId, "setup")));
        Assert.Contains("Opens 2 days after the session, answerable for 14 days", page, StringComparison.Ordinal);
        Assert.Contains("Opens on the session day (study default), answerable for 7 days (study default)", page, StringComparison.Ordinal);
        Assert.Contains("links open on the session day and stay answerable for 7 days", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "0", "form-window")]
    [InlineData("", "-1", "form-window")]
    [InlineData("", "366", "form-window")]
    [InlineData("", "x", "form-window")]
    [InlineData("-31", "", "form-offset")]
    [InlineData("400", "", "form-offset")]
    [InlineData("1.5", "", "form-offset")]
    public async Task ABadWindowForANewFormIsRefusedAtItsFieldAndNothingIsFrozenOrScheduled(string offset, string window, string field)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await AddAsync(browser, owner.StudyId, "wa-client", offset, window);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.Contains($"href=\"#{field}\"", page, StringComparison.Ordinal);
        Assert.Contains($"id=\"{field}-error\"", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{offset + window}\"", page, StringComparison.Ordinal);   // shown again as typed
        await using var db = app.OpenDb();
        Assert.False(await db.ScheduledForms.AnyAsync(f => f.StudyId == owner.StudyId));
        Assert.False(await db.InstrumentVersions.AnyAsync(v => v.StudyId == owner.StudyId));
    }

    [Fact]
    public async Task ALinesWindowIsChangedAndClearedBackToTheStudysDefault()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "wa-client", "", "")).Dispose();
        await using var db = app.OpenDb();
        var id = (await db.ScheduledForms.SingleAsync(f => f.StudyId == owner.StudyId)).ScheduledFormId.ToString();

        using var changed = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "lineWindow",
            ("scheduledFormId", id), ("openingOffsetDays", "-2"), ("windowDays", "3"));
        var afterChange = await Line(owner.StudyId);
        using var cleared = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "lineWindow",
            ("scheduledFormId", id), ("openingOffsetDays", ""), ("windowDays", ""));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, cleared.StatusCode);
        Assert.Equal((-2, 3), afterChange);
        Assert.Equal((null, null), await Line(owner.StudyId));
        Assert.True(await db.AuditLog.CountAsync(a => a.StudyId == owner.StudyId && a.Action == "setup.form.window") == 2);
    }

    [Theory]
    [InlineData("0", "0", new[] { "line-window" })]
    [InlineData("-40", "7", new[] { "line-offset" })]
    [InlineData("later", "1000", new[] { "line-offset", "line-window" })]
    public async Task ABadChangeOfALinesWindowIsRefusedAtThatLinesFieldsAndNothingIsStored(string offset, string window, string[] fields)
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "wa-client", "1", "5")).Dispose();
        await using var db = app.OpenDb();
        var id = (await db.ScheduledForms.SingleAsync(f => f.StudyId == owner.StudyId)).ScheduledFormId.ToString();

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "lineWindow",
            ("scheduledFormId", id), ("openingOffsetDays", offset), ("windowDays", window));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await SetupPages.TextAsync(response);
        Assert.All(fields, f => Assert.Contains($"href=\"#{f}-{id}\"", page, StringComparison.Ordinal));
        Assert.Equal(fields.Length, System.Text.RegularExpressions.Regex.Count(page, "<p class=\"error\" id=\"line-"));
        Assert.Equal((1, 5), await Line(owner.StudyId));
        Assert.False(await db.AuditLog.AnyAsync(a => a.StudyId == owner.StudyId && a.Action == "setup.form.window"));
    }

    [Fact]
    public async Task AnotherStudysLineIsNotFound()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;

        using var response = await SetupPages.PostAsync(browser, owner.StudyId, "setup", "lineWindow",
            ("scheduledFormId", Guid.NewGuid().ToString()), ("openingOffsetDays", "1"), ("windowDays", "5"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TheWindowFieldsAreInGerman()
    {
        var (owner, browser) = await SetupPages.OwnerAsync(app);
        using var _ = browser;
        (await AddAsync(browser, owner.StudyId, "wa-client", "", "")).Dispose();

        var page = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync(
            SetupPages.Url(owner.StudyId, "setup").Replace("lang=en", "lang=de", StringComparison.Ordinal)));

        Assert.Contains("Links öffnen (Tage nach der Sitzung)", page, StringComparison.Ordinal);
        Assert.Contains("Öffnet am Sitzungstag (Standard der Studie), beantwortbar für 7 Tage (Standard der Studie)", page, StringComparison.Ordinal);
    }

    private async Task<(int?, int?)> Line(long studyId)
    {
        await using var db = app.OpenDb();
        var line = await db.ScheduledForms.AsNoTracking().SingleAsync(f => f.StudyId == studyId);
        return (line.OpeningOffsetDays, line.WindowDays);
    }
}
