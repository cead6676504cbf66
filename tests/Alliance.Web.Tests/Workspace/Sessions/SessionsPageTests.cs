using System.Net;
using System.Text.Json;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

public class SessionsPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task RecordingASessionIssuesOneWorkingLinkPerScheduledFormAndStoresOnlyHashes()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        var dyad = seeded.Dyads[0];

        using var response = await SessionStudy.RecordAsync(browser, seeded.StudyId, dyad.DyadId, number: "3", date: "2026-03-02");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = SessionStudy.Links(page);
        Assert.Equal(2, links.Count);
        var roles = new List<string>();
        foreach (var link in links)
        {
            Assert.StartsWith(app.BaseAddress + "s/", link.Url, StringComparison.Ordinal);
            using var survey = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/v1/surveys/{link.Token}"));
            Assert.Equal("open", survey.RootElement.GetProperty("status").GetString());
            Assert.Equal(3, survey.RootElement.GetProperty("session").GetInt32());
            roles.Add(survey.RootElement.GetProperty("role").GetString()!);
        }
        Assert.Equal([RaterRole.Client.Name(), RaterRole.Therapist.Name()], roles.Order());
        await using var check = app.OpenDb();
        var stored = await check.Invitations.Where(i => i.StudyId == seeded.StudyId).ToListAsync();
        Assert.Equal(links.Select(l => SecretToken.HashOf(l.Token)).OrderBy(Convert.ToHexString), stored.Select(i => i.TokenHash!).OrderBy(Convert.ToHexString));
        var session = await check.Sessions.SingleAsync(s => s.StudyId == seeded.StudyId);
        Assert.Equal((3, new DateOnly(2026, 3, 2)), (session.Number, session.HeldOn!.Value));
    }

    [Fact]
    public async Task TheScheduleDecidesWhichSessionsGetATherapistForm()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            [new("dyad", "all"), new("count", "10"), new("first", "2026-01-05"), new("interval", "7")],
            SessionStudy.Url(seeded.StudyId, "sessions?handler=schedule&lang=en"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2 * 13, SessionStudy.Links(await response.Content.ReadAsStringAsync()).Count);
        await using var check = app.OpenDb();
        foreach (var dyad in seeded.Dyads)
        {
            var rows = await (from s in check.Sessions
                              where s.StudyId == seeded.StudyId && s.DyadId == dyad.DyadId
                              join i in check.Invitations on new { s.StudyId, s.SessionId } equals new { i.StudyId, i.SessionId }
                              select new { s.Number, s.HeldOn, i.Role }).ToListAsync();
            Assert.Equal(Enumerable.Range(1, 10), rows.Where(r => r.Role == RaterRole.Client).Select(r => r.Number).Order());
            Assert.Equal([3, 6, 10], rows.Where(r => r.Role == RaterRole.Therapist).Select(r => r.Number).Order());
            Assert.All(rows, r => Assert.Equal(new DateOnly(2026, 1, 5).AddDays(7 * (r.Number - 1)), r.HeldOn));
        }
    }

    [Fact]
    public async Task BulkSchedulingNumbersOnFromTheLastRecordedSession()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        (await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "4")).Dispose();

        using var response = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            [new("dyad", seeded.Dyads[0].DyadId.ToString("D")), new("count", "2"), new("first", "2026-04-01"), new("interval", "14")],
            SessionStudy.Url(seeded.StudyId, "sessions?handler=schedule&lang=en"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var check = app.OpenDb();
        var sessions = await check.Sessions.Where(s => s.StudyId == seeded.StudyId).OrderBy(s => s.Number).Select(s => new { s.Number, s.HeldOn }).ToListAsync();
        Assert.Equal([4, 5, 6], sessions.Select(s => s.Number));
        Assert.Equal(new DateOnly(2026, 4, 15), sessions[2].HeldOn);
    }

    [Fact]
    public async Task InvalidInputIsShownFieldByFieldAndStoresNothing()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        using var response = await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "zero", date: "02.03.2026");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("class=\"error-summary\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#record-number\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#record-date\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"02.03.2026\"", page, StringComparison.Ordinal);
        await using var check = app.OpenDb();
        Assert.False(await check.Sessions.AnyAsync(s => s.StudyId == seeded.StudyId));
    }

    [Fact]
    public async Task ASessionNumberCanBeRecordedOnlyOncePerDyad()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);
        (await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "1")).Dispose();

        using var again = await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId, number: "1");

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Session 1 of this dyad is already recorded.", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var check = app.OpenDb();
        Assert.Equal(1, await check.Invitations.CountAsync(i => i.StudyId == seeded.StudyId));
    }

    [Fact]
    public async Task WithoutAScheduleThePageSaysSoAndLinksToTheSetUpPage()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1, schedule: false);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=en"));
        using var post = await SessionStudy.RecordAsync(browser, seeded.StudyId, seeded.Dyads[0].DyadId);

        Assert.Contains("no forms scheduled", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/studies/{seeded.StudyId}/setup?lang=en\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=record", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        await using var check = app.OpenDb();
        Assert.False(await check.Sessions.AnyAsync(s => s.StudyId == seeded.StudyId));
    }

    [Fact]
    public async Task GermanWordingIsUsedWithLangDe()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        using var browser = await Researchers.SignedInAsync(app, seeded.Owner);

        var page = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=de"));

        Assert.Contains("<html lang=\"de\">", page, StringComparison.Ordinal);
        Assert.Contains("Sitzung eintragen", page, StringComparison.Ordinal);
        Assert.Contains("handler=record&amp;lang=de", page, StringComparison.Ordinal);
    }
}
