using Alliance.Data.Accounts;
using Alliance.Data.Demo;
using Alliance.Data.Invitations;
using Alliance.Data.Lifecycle;
using Alliance.Data.Mail;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Lifecycle;

/// <summary>
/// The study's state as the participant path and the issuer read it, the moves between states, staff withdrawal, the
/// end of a dyad, and duplicating a study's set-up without its people or data.
/// </summary>
public sealed class StudyLifecycleTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private async Task<DemoStudyResult> DemoAsync()
    {
        await using var db = database.Open();
        return await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 5, Ct);
    }

    private async Task<ParticipantLink> LinkAsync(string token)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        return (await ParticipantLinks.FindAsync(connection, [SecretToken.HashOf(token)], false, Ct))[0]!;
    }

    /// <summary>An open, unanswered link of the demo (the demo leaves the newest sessions open).</summary>
    private async Task<DemoLink> OpenLinkAsync(DemoStudyResult demo)
    {
        foreach (var link in demo.Links)
        {
            if ((await LinkAsync(link.Token)).StatusAt(DateTimeOffset.UtcNow) == LinkState.Open)
            {
                return link;
            }
        }
        throw new InvalidOperationException("the demo has no open link");
    }

    [Fact]
    public async Task OnlyAnActiveStudysLinksTakeAnswersAndAnAnsweredLinkStillSaysSubmitted()
    {
        var demo = await DemoAsync();
        var open = await OpenLinkAsync(demo);
        foreach (var state in new[] { StudyState.Locked, StudyState.Closed, StudyState.Archived })
        {
            await using var db = database.Open();
            await db.Studies.Where(s => s.StudyId == demo.StudyId).ExecuteUpdateAsync(u => u.SetProperty(s => s.State, state));
            var link = await LinkAsync(open.Token);
            Assert.Equal(state, link.StudyState);
            Assert.Equal(LinkState.Closed, link.StatusAt(DateTimeOffset.UtcNow));
            Assert.Equal("closed", LinkState.Closed.Name());
        }
        await using (var db = database.Open())
        {
            Assert.True(await StudyLifecycle.ChangeStateAsync(db, demo.StudyId, StudyState.Active, "owner", Ct));
        }
        Assert.Equal(LinkState.Open, (await LinkAsync(open.Token)).StatusAt(DateTimeOffset.UtcNow));
        var stored = new StoredResponse(Guid.NewGuid(), "k", null);
        Assert.Equal(LinkState.Submitted, ((await LinkAsync(open.Token)) with { Stored = stored, StudyState = StudyState.Locked }).StatusAt(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task ALockedStudyIssuesNoLinksAndEachMoveIsAudited()
    {
        var demo = await DemoAsync();
        await using var db = database.Open();
        var dyad = await db.Dyads.FirstAsync(d => d.StudyId == demo.StudyId);
        Assert.True(await StudyLifecycle.ChangeStateAsync(db, demo.StudyId, StudyState.Locked, "owner", Ct));
        var sessions = await db.Sessions.CountAsync(s => s.StudyId == demo.StudyId);

        await Assert.ThrowsAsync<LifecycleRefusal>(() => InvitationIssuer.RecordSessionsAsync(db, demo.StudyId,
            [new SessionPlan(dyad.DyadId, 40, DateOnly.FromDateTime(DateTime.UtcNow))], "http://x", DateTimeOffset.UtcNow, Ct));

        await using var fresh = database.Open();
        Assert.Equal(sessions, await fresh.Sessions.CountAsync(s => s.StudyId == demo.StudyId));
        Assert.True(await StudyLifecycle.ChangeStateAsync(fresh, demo.StudyId, StudyState.Archived, "owner", Ct));
        Assert.False(await StudyLifecycle.ChangeStateAsync(fresh, demo.StudyId, StudyState.Locked, "owner", Ct));
        Assert.True(await StudyLifecycle.ChangeStateAsync(fresh, demo.StudyId, StudyState.Active, "owner", Ct));
        Assert.Equal([LifecycleActions.StudyLocked, LifecycleActions.StudyArchived, LifecycleActions.StudyUnlocked],
            await fresh.AuditLog.Where(a => a.StudyId == demo.StudyId && a.Action.StartsWith("study.")).OrderBy(a => a.At).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public void ArchivedMayOnlyBeUnlockedAndOnlyArchivedRefusesChanges()
    {
        Assert.True(StudyState.Archived.MayBecome(StudyState.Active));
        Assert.False(StudyState.Archived.MayBecome(StudyState.Closed));
        Assert.False(StudyState.Locked.MayBecome(StudyState.Locked));
        Assert.True(StudyState.Closed.MayBecome(StudyState.Archived));
        Assert.Equal([false, false, false, true], new[] { StudyState.Active, StudyState.Locked, StudyState.Closed, StudyState.Archived }
            .Select(s => !s.AllowsChanges()));
        Assert.Throws<FormatException>(() => StudyStates.Parse("Locked"));
    }

    [Fact]
    public async Task EndingADyadClosesItsOpenLinksAndRefusesNewSessions()
    {
        var demo = await DemoAsync();
        var open = await OpenLinkAsync(demo);
        await using var db = database.Open();
        var dyad = await db.Dyads.SingleAsync(d => d.StudyId == demo.StudyId && d.Code == open.Dyad);

        Assert.False(await DyadEnding.EndAsync(db, demo.StudyId, dyad.DyadId, dyad.StartedOn.AddDays(-1), "owner", Ct));
        Assert.True(await DyadEnding.EndAsync(db, demo.StudyId, dyad.DyadId, DateOnly.FromDateTime(DateTime.UtcNow), "owner", Ct));

        var link = await LinkAsync(open.Token);
        Assert.True(link.DyadEnded);
        Assert.Equal(LinkState.Expired, link.StatusAt(DateTimeOffset.UtcNow));
        await Assert.ThrowsAsync<LifecycleRefusal>(() => InvitationIssuer.RecordSessionsAsync(db, demo.StudyId,
            [new SessionPlan(dyad.DyadId, 41, DateOnly.FromDateTime(DateTime.UtcNow))], "http://x", DateTimeOffset.UtcNow, Ct));
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.StudyId == demo.StudyId && a.Action == LifecycleActions.DyadEnded));
    }

    [Fact]
    public async Task StaffWithdrawalRecordsTheReasonAndWithdrawsTheirOpenLinks()
    {
        var demo = await DemoAsync();
        var open = await OpenLinkAsync(demo);
        var link = await LinkAsync(open.Token);
        await using var db = database.Open();

        Assert.True(await StaffWithdrawal.WithdrawAsync(db, demo.StudyId, link.Role, link.ParticipantId, "  moved away  ", "owner",
            DateTimeOffset.UtcNow, Ct));
        Assert.False(await StaffWithdrawal.WithdrawAsync(db, demo.StudyId, link.Role, link.ParticipantId, "again", "owner", DateTimeOffset.UtcNow, Ct));

        var withdrawal = await db.Withdrawals.SingleAsync(w => w.StudyId == demo.StudyId
            && (w.ClientId == link.ParticipantId || w.TherapistId == link.ParticipantId));
        Assert.Equal("moved away", withdrawal.Reason);
        Assert.Equal(LinkState.Withdrawn, (await LinkAsync(open.Token)).StatusAt(DateTimeOffset.UtcNow));
        Assert.Equal(InvitationStatus.Withdrawn, (await db.Invitations.SingleAsync(i => i.InvitationId == link.InvitationId)).Status);
    }

    [Fact]
    public async Task RenamingAClientRenamesTheirDyadAndRefusesATakenCode()
    {
        var demo = await DemoAsync();
        await using var db = database.Open();
        var c01 = await db.Clients.SingleAsync(c => c.StudyId == demo.StudyId && c.Code == "C01");

        Assert.Equal(RenameOutcome.Taken, await ParticipantCodes.RenameAsync(db, demo.StudyId, RaterRole.Client, c01.ClientId, "C02", "owner", Ct));
        Assert.Equal(RenameOutcome.Renamed, await ParticipantCodes.RenameAsync(db, demo.StudyId, RaterRole.Client, c01.ClientId, "C01x", "owner", Ct));

        var dyad = await db.Dyads.AsNoTracking().SingleAsync(d => d.StudyId == demo.StudyId && d.ClientId == c01.ClientId);
        Assert.EndsWith("-C01x", dyad.Code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateCopiesTheSetUpOnly()
    {
        var demo = await DemoAsync();
        await using var db = database.Open();
        var owner = await db.StudyMembers.FirstAsync(m => m.StudyId == demo.StudyId);

        // The mail set-up is set-up too: a template and a line's reminder delay.
        Assert.Empty(await StudyMailTemplates.SaveAsync(db, demo.StudyId, MailPurposes.SessionReminder, "de",
            new MailTemplate("Erinnerung", "Bitte: {link}"), Ct));
        var firstLine = (await ReminderSettings.ListAsync(db, demo.StudyId, Ct))[0];
        Assert.True(await ReminderSettings.SetAsync(db, demo.StudyId, firstLine.ScheduledFormId, 4, Ct));

        var copy = await StudyDuplicate.DuplicateAsync(db, demo.StudyId, "Copy", owner.AccountId, "owner", DateTimeOffset.UtcNow, Ct);

        var source = await db.Studies.AsNoTracking().Include(s => s.ConsentTexts).SingleAsync(s => s.StudyId == demo.StudyId);
        var made = await db.Studies.AsNoTracking().Include(s => s.ConsentTexts).SingleAsync(s => s.StudyId == copy);
        Assert.Equal("Copy", made.Name);
        Assert.Equal(StudyState.Active, made.State);
        Assert.Equal(source.Languages, made.Languages);
        Assert.Equal(source.Settings, made.Settings);
        Assert.Equal(source.ConsentTexts.Select(c => (c.Role, c.Language, c.Text)).Order(), made.ConsentTexts.Select(c => (c.Role, c.Language, c.Text)).Order());
        Assert.Equal(
            await db.InstrumentVersions.Where(v => v.StudyId == demo.StudyId).Select(v => v.ContentHash).OrderBy(h => h).ToListAsync(),
            await db.InstrumentVersions.Where(v => v.StudyId == copy).Select(v => v.ContentHash).OrderBy(h => h).ToListAsync());
        var schedule = await db.ScheduledForms.Where(f => f.StudyId == copy).ToListAsync();
        Assert.Equal(await db.ScheduledForms.CountAsync(f => f.StudyId == demo.StudyId), schedule.Count);
        Assert.All(schedule, f => Assert.True(db.InstrumentVersions.Any(v => v.StudyId == copy && v.InstrumentVersionId == f.InstrumentVersionId)));
        Assert.Equal(await db.StudyArms.CountAsync(a => a.StudyId == demo.StudyId), await db.StudyArms.CountAsync(a => a.StudyId == copy));
        Assert.Equal("Bitte: {link}", (await StudyMailTemplates.ForAsync(db, copy, MailPurposes.SessionReminder, "de", Ct)).Body);
        Assert.Equal((await ReminderSettings.ListAsync(db, demo.StudyId, Ct)).Select(l => (l.Role, l.InstrumentId, l.ReminderAfterDays)),
            (await ReminderSettings.ListAsync(db, copy, Ct)).Select(l => (l.Role, l.InstrumentId, l.ReminderAfterDays)));
        Assert.Contains((await ReminderSettings.ListAsync(db, copy, Ct)), l => l.ReminderAfterDays == 4);
        Assert.Equal([(owner.AccountId, StudyRoles.Owner)],
            (await db.StudyMembers.Where(m => m.StudyId == copy).ToListAsync()).Select(m => (m.AccountId, m.Role)));
        Assert.False(await db.Therapists.AnyAsync(x => x.StudyId == copy));
        Assert.False(await db.Clients.AnyAsync(x => x.StudyId == copy));
        Assert.False(await db.Dyads.AnyAsync(x => x.StudyId == copy));
        Assert.False(await db.Sessions.AnyAsync(x => x.StudyId == copy));
        Assert.False(await db.Invitations.AnyAsync(x => x.StudyId == copy));
        Assert.False(await db.Responses.AnyAsync(x => x.StudyId == copy));
        Assert.False(await db.ApiTokens.AnyAsync(x => x.StudyId == copy));
        Assert.Equal([LifecycleActions.StudyDuplicatedFrom], await db.AuditLog.Where(a => a.StudyId == copy).Select(a => a.Action).ToListAsync());
    }
}
