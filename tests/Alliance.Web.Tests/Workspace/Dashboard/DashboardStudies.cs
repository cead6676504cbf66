using Alliance.Data.Demo;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Testing.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Tests.Workspace.Dashboard;

/// <summary>
/// The running app with a demo study prepared for the dashboard (arms: <c>feedback</c> unblinded, <c>usual-care</c>
/// blinded for clinicians; some session-11 links made overdue, expired or withdrawn), a small study built so that
/// its alerts are known (<see cref="AlertStudy"/>) and a study with several forms per role answered through the survey
/// API (<see cref="MultiFormStudy"/>). Seeded once per test class; the tests only read it.
/// </summary>
public sealed class DashboardStudies : RunningApp
{
    private readonly Lazy<Task<Seeded>> _seeded;

    public DashboardStudies() => _seeded = new(SeedAsync);

    internal sealed record Seeded(DemoStudyResult Demo, AlertStudy.Built Alerts)
    {
        public MultiFormStudy.Built MultiForm { get; init; } = null!;
    }

    internal Task<Seeded> StudiesAsync() => _seeded.Value;

    private async Task<Seeded> SeedAsync()
    {
        await using var db = OpenDb();
        var demo = await DemoStudy.SeedAsync(db, BaseAddress.ToString().TrimEnd('/'), 31, CancellationToken.None);
        var id = demo.StudyId;
        // The demo writes its arms itself (feedback unblinded, usual-care blinded); the tests below rely on that.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var last = await (from s in db.Sessions
                          where s.StudyId == id && s.Number == DemoStudy.AnsweredSessions + 1
                          join d in db.Dyads on s.DyadId equals d.DyadId
                          select new { Session = s, d.Code }).ToListAsync();
        var movedSessions = new List<Guid>();
        foreach (var s in last.Where(s => s.Code.StartsWith("T01-", StringComparison.Ordinal)))
        {
            s.Session.HeldOn = today.AddDays(-3);
            movedSessions.Add(s.Session.SessionId);
        }
        // The demo's links open on their session day (the session calendar), so a session moved 3 days back opens
        // its links 3 days back too: they are then overdue, as the tests below expect.
        foreach (var invitation in await db.Invitations.Where(i => i.StudyId == id && movedSessions.Contains(i.SessionId)).ToListAsync())
        {
            invitation.OpensAt = new DateTimeOffset(today.AddDays(-3).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }
        await ChangeAsync(db, id, "T02-C05", RaterRole.Client, i => i.Status = InvitationStatus.Expired);
        // The multi-form demo has no therapist form due at session 11, so the link left open past its expiry is the client's.
        await ChangeAsync(db, id, "T03-C09", RaterRole.Client, i => i.ExpiresAt = DateTimeOffset.UtcNow.AddHours(-1));
        await ChangeAsync(db, id, "T04-C13", RaterRole.Client, i => i.Status = InvitationStatus.Withdrawn);
        await db.SaveChangesAsync();
        var alerts = await AlertStudy.CreateAsync(db);
        var multiForm = await MultiFormStudy.CreateAsync(db, Client);
        return new Seeded(demo, alerts) { MultiForm = multiForm };
    }

    private static async Task ChangeAsync(Alliance.Data.AllianceDbContext db, long studyId, string dyad, RaterRole role, Action<Invitation> change)
    {
        var invitation = await (from i in db.Invitations
                                where i.StudyId == studyId && i.Role == role && i.Status == InvitationStatus.Open
                                join s in db.Sessions on i.SessionId equals s.SessionId
                                join d in db.Dyads on s.DyadId equals d.DyadId
                                where d.Code == dyad
                                select i).SingleAsync();
        change(invitation);
    }
}
