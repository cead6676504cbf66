using System.Net;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Sessions;

public class SessionsAccessTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData(StudyRoles.Owner, HttpStatusCode.OK)]
    [InlineData(StudyRoles.Researcher, HttpStatusCode.OK)]
    [InlineData(StudyRoles.Clinician, HttpStatusCode.OK)]
    [InlineData(StudyRoles.Analyst, HttpStatusCode.Forbidden)]
    public async Task EachRoleGetsWhatThePolicyTableSays(string role, HttpStatusCode expected)
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var member = await SessionStudy.MemberAsync(db, seeded.StudyId, role, role == StudyRoles.Clinician ? seeded.Dyads[0].TherapistId : null);
        using var browser = await Researchers.SignedInAsync(app, member);

        foreach (var path in new[] { "sessions", "reminders", "reminders?handler=csv" })
        {
            using var response = await browser.GetAsync(SessionStudy.Url(seeded.StudyId, path));
            Assert.Equal(expected, response.StatusCode);
        }
    }

    [Fact]
    public async Task ANonMemberGetsNotFoundForPagesAndPosts()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 1);
        var stranger = await Researchers.CreateAsync(db, StudyRoles.Owner, "Another study");
        using var browser = await Researchers.SignedInAsync(app, stranger);

        using var page = await browser.GetAsync(SessionStudy.Url(seeded.StudyId, "sessions"));
        using var reminders = await browser.GetAsync(SessionStudy.Url(seeded.StudyId, "reminders"));
        // (any page with a form gives the antiforgery token; the study list has the sign-out form)
        using var post = await Researchers.PostFormAsync(browser, "/studies",
            [new("dyad", seeded.Dyads[0].DyadId.ToString("D")), new("number", "1"), new("date", "2026-03-02")],
            SessionStudy.Url(seeded.StudyId, "sessions?handler=record"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reminders.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.False(await db.Sessions.AnyAsync(s => s.StudyId == seeded.StudyId));
    }

    [Fact]
    public async Task AClinicianSeesAndRecordsOnlyTheirOwnTherapistsDyads()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 2);
        var (mine, theirs) = (seeded.Dyads[1], seeded.Dyads[0]);
        await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId,
            [new SessionPlan(theirs.DyadId, 1, new DateOnly(2026, 1, 5)), new SessionPlan(mine.DyadId, 1, new DateOnly(2026, 1, 6))],
            "http://h", DateTimeOffset.UtcNow.AddDays(-30), CancellationToken.None);
        // Still answerable: since #21 the reminders list shows open links only, not ones that ran out.
        await db.Invitations.Where(i => i.StudyId == seeded.StudyId)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.ExpiresAt, DateTimeOffset.UtcNow.AddDays(5)));
        var clinician = await SessionStudy.MemberAsync(db, seeded.StudyId, StudyRoles.Clinician, mine.TherapistId);
        using var browser = await Researchers.SignedInAsync(app, clinician);

        var sessions = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "sessions?lang=en"));
        var reminders = await browser.GetStringAsync(SessionStudy.Url(seeded.StudyId, "reminders?lang=en"));
        using var post = await SessionStudy.RecordAsync(browser, seeded.StudyId, theirs.DyadId, number: "2");
        using var bulk = await Researchers.PostFormAsync(browser, SessionStudy.Url(seeded.StudyId, "sessions?lang=en"),
            [new("dyad", theirs.DyadId.ToString("D")), new("count", "3"), new("first", "2026-02-01"), new("interval", "7")],
            SessionStudy.Url(seeded.StudyId, "sessions?handler=schedule&lang=en"));

        Assert.Contains(mine.Code, sessions, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Code, sessions, StringComparison.Ordinal);
        Assert.Contains($"data-dyad=\"{mine.Code}\"", reminders, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Code, reminders, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bulk.StatusCode);
        Assert.Equal(1, await db.Sessions.CountAsync(s => s.StudyId == seeded.StudyId && s.DyadId == theirs.DyadId));
    }

    [Fact]
    public async Task AClinicianCannotMarkAnotherTherapistsInvitationReminded()
    {
        await using var db = app.OpenDb();
        var seeded = await SessionStudy.CreateAsync(db, dyads: 2);
        var links = await InvitationIssuer.RecordSessionsAsync(db, seeded.StudyId,
            [new SessionPlan(seeded.Dyads[0].DyadId, 1, new DateOnly(2026, 1, 5))], "http://h", DateTimeOffset.UtcNow, CancellationToken.None);
        var clinician = await SessionStudy.MemberAsync(db, seeded.StudyId, StudyRoles.Clinician, seeded.Dyads[1].TherapistId);
        using var browser = await Researchers.SignedInAsync(app, clinician);

        using var response = await Researchers.PostFormAsync(browser, "/studies",
            [new("invitation", links[0].Invitation.InvitationId.ToString("D"))], SessionStudy.Url(seeded.StudyId, "reminders?handler=mark&lang=en"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("marked=0", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(0, (await db.Invitations.AsNoTracking().SingleAsync(i => i.InvitationId == links[0].Invitation.InvitationId)).ReminderCount);
    }
}
