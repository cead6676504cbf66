using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Demo;

public sealed class DemoScheduleTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task DemoSchedulesTheSessionFormEverySessionAndTheParallelAllianceFormsAtThreeSixAndTen()
    {
        await using var db = database.Open();
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 3, CancellationToken.None);

        var schedule = await (from f in db.ScheduledForms
                              where f.StudyId == demo.StudyId
                              join v in db.InstrumentVersions on new { f.StudyId, f.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
                              orderby f.Position
                              select new { Line = f, v.InstrumentId, v.ContentHash }).ToListAsync();
        Assert.Equal([(RaterRole.Client, "session-vas"), (RaterRole.Client, "demo-alliance-client"), (RaterRole.Therapist, "demo-alliance-therapist")],
            schedule.Select(f => (f.Line.Role, f.InstrumentId)));
        Assert.Equal(["", "3,6,10", "3,6,10"], schedule.Select(f => string.Join(',', f.Line.SessionNumbers)));
        Assert.All(schedule, f => Assert.Null(f.Line.OpeningOffsetDays ?? f.Line.WindowDays));   // the study's defaults
        Assert.Equal(InstrumentCatalog.Shipped.Get("session-vas").ContentHash, schedule[0].ContentHash);

        // Every session has exactly the invitations its schedule lines call for, no more.
        var invited = await (from i in db.Invitations
                             where i.StudyId == demo.StudyId
                             join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
                             select new { s.DyadId, s.Number, i.Role, i.InstrumentVersionId }).ToListAsync();
        var due = schedule.Select(f => f.Line).ToList();
        foreach (var session in invited.GroupBy(i => (i.DyadId, i.Number)))
        {
            var expected = due.Where(f => f.AppliesTo(session.Key.Number)).Select(f => (f.Role, f.InstrumentVersionId)).Order();
            Assert.Equal(expected, session.Select(i => (i.Role, i.InstrumentVersionId)).Order());
        }
        Assert.Equal(24 * 11, invited.Select(i => (i.DyadId, i.Number)).Distinct().Count());

        var arms = await db.StudyArms.Where(a => a.StudyId == demo.StudyId).ToDictionaryAsync(a => a.Code, a => a.CliniciansSeeClientRatings);
        Assert.Equal(2, arms.Count);
        Assert.True(arms["feedback"]);
        Assert.False(arms["usual-care"]);
        var dyadArms = await db.Dyads.Where(d => d.StudyId == demo.StudyId).Select(d => d.Arm).Distinct().ToListAsync();
        Assert.All(dyadArms, a => Assert.Contains(a!, arms.Keys));
    }

    [Fact]
    public async Task DemoLinksOpenOnTheSessionDayAndExpireAWindowLater()
    {
        await using var db = database.Open();
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 4, CancellationToken.None);

        var links = await (from i in db.Invitations
                           where i.StudyId == demo.StudyId
                           join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
                           select new { s.HeldOn, s.Number, i.OpensAt, i.ExpiresAt, i.Status }).ToListAsync();
        Assert.All(links, l =>
        {
            var sessionDay = new DateTimeOffset(l.HeldOn!.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            Assert.Equal(sessionDay, l.OpensAt);
            Assert.Equal(sessionDay.AddDays(7), l.ExpiresAt);
        });
        var today = DateOnly.FromDateTime((await db.Studies.SingleAsync(s => s.StudyId == demo.StudyId)).CreatedAt.UtcDateTime);
        Assert.All(links.Where(l => l.Number == DemoStudy.AnsweredSessions + 1), l =>
        {
            Assert.Equal(today, l.HeldOn);
            Assert.Equal(InvitationStatus.Open, l.Status);
        });
        Assert.All(links.Where(l => l.Number <= DemoStudy.AnsweredSessions), l => Assert.Equal(InvitationStatus.Submitted, l.Status));
    }
}
