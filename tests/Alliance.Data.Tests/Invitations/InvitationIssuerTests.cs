using Alliance.Data.Accounts;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Invitations;

public sealed class InvitationIssuerTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task EachScheduleLineIssuesOnlyAfterTheSessionNumbersItNames()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-rules", clientSessions: [], therapistSessions: [3, 6, 10]);
        await using var db = database.Open();

        var plans = Enumerable.Range(1, 10).Select(n => new SessionPlan(dyadId, n, new DateOnly(2026, 1, 1).AddDays(7 * n))).ToList();
        var links = await InvitationIssuer.RecordSessionsAsync(db, studyId, plans, "http://host/", Now, CancellationToken.None);

        Assert.Equal(Enumerable.Range(1, 10), links.Where(l => l.Invitation.Role == RaterRole.Client).Select(l => l.Session.Number));
        Assert.Equal([3, 6, 10], links.Where(l => l.Invitation.Role == RaterRole.Therapist).Select(l => l.Session.Number));
        await using var check = database.Open();
        var stored = await check.Invitations.Where(i => i.StudyId == studyId).ToListAsync();
        Assert.Equal(13, stored.Count);
        Assert.Equal(10, await check.Sessions.CountAsync(s => s.StudyId == studyId));
    }

    [Fact]
    public async Task OnlyTheTokensHashIsStoredWithTheStudysExpiryAndDefaultLanguage()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-hash", clientSessions: [], therapistSessions: []);
        await using var db = database.Open();

        var links = await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 1))],
            "http://host/base/", Now, CancellationToken.None);

        Assert.Equal(2, links.Count);
        Assert.NotEqual(links[0].Token, links[1].Token);
        await using var check = database.Open();
        foreach (var link in links)
        {
            Assert.Equal($"http://host/base/s/{link.Token}", link.Url);
            var row = await check.Invitations.SingleAsync(i => i.StudyId == studyId && i.InvitationId == link.Invitation.InvitationId);
            Assert.Equal(SecretToken.HashOf(link.Token), row.TokenHash);
            Assert.Equal(Now + TimeSpan.FromDays(5), row.ExpiresAt);
            Assert.Equal("de", row.Language);
            Assert.Equal(InvitationStatus.Open, row.Status);
        }
        // The token text appears in no column of the invitations table.
        var text = await check.Database.SqlQueryRaw<string>(
            "SELECT row_to_json(i)::text AS \"Value\" FROM invitations i WHERE study_id = {0}", studyId).ToListAsync();
        Assert.All(links, l => Assert.DoesNotContain(text, t => t.Contains(l.Token, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ATakenSessionNumberStoresNothingOfTheBatch()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-taken", clientSessions: [], therapistSessions: []);
        await using (var db = database.Open())
        {
            await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 2, new DateOnly(2026, 3, 1))], "http://h", Now, CancellationToken.None);
        }

        await using (var db = database.Open())
        {
            await Assert.ThrowsAsync<DbUpdateException>(() => InvitationIssuer.RecordSessionsAsync(db, studyId,
                [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 1)), new SessionPlan(dyadId, 2, new DateOnly(2026, 3, 8))],
                "http://h", Now, CancellationToken.None));
        }

        await using var check = database.Open();
        Assert.Equal([2], await check.Sessions.Where(s => s.StudyId == studyId).Select(s => s.Number).ToListAsync());
        Assert.Equal(2, await check.Invitations.CountAsync(i => i.StudyId == studyId));
    }

    [Fact]
    public async Task ADyadOfAnotherStudyIsRefused()
    {
        var (studyId, _) = await StudyWithDyadAsync("issuer-mine", clientSessions: [], therapistSessions: []);
        var (_, otherDyad) = await StudyWithDyadAsync("issuer-other", clientSessions: [], therapistSessions: []);
        await using var db = database.Open();

        await Assert.ThrowsAsync<ArgumentException>(() => InvitationIssuer.RecordSessionsAsync(db, studyId,
            [new SessionPlan(otherDyad, 1, new DateOnly(2026, 3, 1))], "http://h", Now, CancellationToken.None));

        Assert.Equal(0, await db.Sessions.CountAsync(s => s.DyadId == otherDyad));
    }

    [Fact]
    public async Task ReissuingReplacesTheHashAndRenewsTheExpiry()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-reissue", clientSessions: [], therapistSessions: []);
        await using var db = database.Open();
        var first = (await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 1))],
            "http://h", Now, CancellationToken.None))[0];
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);

        var later = Now.AddDays(3);
        var second = InvitationIssuer.Reissue(first.Invitation, first.Session, study, DyadLanguages.None, "http://h", later);
        await db.SaveChangesAsync();

        await using var check = database.Open();
        var row = await check.Invitations.SingleAsync(i => i.StudyId == studyId && i.InvitationId == first.Invitation.InvitationId);
        Assert.Equal(SecretToken.HashOf(second.Token), row.TokenHash);
        Assert.NotEqual(SecretToken.HashOf(first.Token), row.TokenHash);
        Assert.Equal(later + TimeSpan.FromDays(5), row.ExpiresAt);
        row.Status = InvitationStatus.Submitted;
        Assert.Throws<InvalidOperationException>(() => InvitationIssuer.Reissue(row, first.Session, study, DyadLanguages.None, "http://h", later));
    }

    [Fact]
    public async Task AFutureSessionsLinksOpenOnItsDayByTheLinesOffsetAndExpireAWindowLater()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-calendar", clientSessions: [], therapistSessions: []);
        await using (var db = database.Open())
        {
            await db.ScheduledForms.Where(f => f.StudyId == studyId && f.Role == RaterRole.Therapist)
                .ExecuteUpdateAsync(u => u.SetProperty(f => f.OpeningOffsetDays, 1).SetProperty(f => f.WindowDays, 10));
        }
        var held = new DateOnly(2026, 3, 20);

        await using var issuing = database.Open();
        var links = await InvitationIssuer.RecordSessionsAsync(issuing, studyId, [new SessionPlan(dyadId, 1, held)], "http://h", Now,
            CancellationToken.None);

        await using var check = database.Open();
        var rows = await check.Invitations.Where(i => i.StudyId == studyId).ToDictionaryAsync(i => i.Role);
        var midnight = new DateTimeOffset(held.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        Assert.Equal(midnight, rows[RaterRole.Client].OpensAt);
        Assert.Equal(midnight.AddDays(5), rows[RaterRole.Client].ExpiresAt);      // the study's window of 5 days
        Assert.Equal(midnight.AddDays(1), rows[RaterRole.Therapist].OpensAt);
        Assert.Equal(midnight.AddDays(11), rows[RaterRole.Therapist].ExpiresAt);  // the line's own window of 10 days
        Assert.All(links, l => Assert.Equal(rows[l.Invitation.Role].ExpiresAt, l.Invitation.ExpiresAt));
    }

    [Fact]
    public async Task ASessionWithoutADateOpensItsLinksNowForTheWindow()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-undated", clientSessions: [], therapistSessions: []);
        await using var db = database.Open();
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        var schedule = await InvitationIssuer.ScheduleAsync(db, studyId, CancellationToken.None);
        var session = new TherapySession { StudyId = studyId, SessionId = Guid.CreateVersion7(), DyadId = dyadId, Number = 1 };
        db.Sessions.Add(session);

        var links = InvitationIssuer.Issue(db, study, session, schedule, DyadLanguages.None, "http://h", Now);
        await db.SaveChangesAsync();

        Assert.Equal(2, links.Count);
        Assert.All(links, l => Assert.Equal((Now, Now + TimeSpan.FromDays(5)), (l.Invitation.OpensAt!.Value, l.Invitation.ExpiresAt!.Value)));
    }

    [Fact]
    public async Task ReissuingALinkNotOpenYetKeepsItsOpeningAndExpiry()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-reissue-early", clientSessions: [], therapistSessions: []);
        await using var db = database.Open();
        var first = (await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 4, 1))],
            "http://h", Now, CancellationToken.None))[0];
        var (opens, expires) = (first.Invitation.OpensAt, first.Invitation.ExpiresAt);
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);

        var second = InvitationIssuer.Reissue(first.Invitation, first.Session, study, DyadLanguages.None, "http://h", Now.AddDays(3));
        await db.SaveChangesAsync();

        await using var check = database.Open();
        var row = await check.Invitations.SingleAsync(i => i.StudyId == studyId && i.InvitationId == first.Invitation.InvitationId);
        Assert.Equal(SecretToken.HashOf(second.Token), row.TokenHash);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), row.OpensAt);
        Assert.Equal(opens, row.OpensAt);
        Assert.Equal(expires, row.ExpiresAt);
    }

    [Fact]
    public async Task RenewingALinkAfterItOpenedGivesItsOwnWindowAgainNotTheStudys()
    {
        var (studyId, dyadId) = await StudyWithDyadAsync("issuer-renew", clientSessions: [], therapistSessions: []);
        await using var db = database.Open();
        await db.ScheduledForms.Where(f => f.StudyId == studyId).ExecuteUpdateAsync(u => u.SetProperty(f => f.WindowDays, 2));
        var first = (await InvitationIssuer.RecordSessionsAsync(db, studyId, [new SessionPlan(dyadId, 1, new DateOnly(2026, 3, 5))],
            "http://h", Now, CancellationToken.None))[0];
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        Assert.Equal(new DateTimeOffset(2026, 3, 7, 0, 0, 0, TimeSpan.Zero), first.Invitation.ExpiresAt);
        var later = new DateTimeOffset(2026, 3, 9, 12, 0, 0, TimeSpan.Zero);

        InvitationIssuer.Reissue(first.Invitation, first.Session, study, DyadLanguages.None, "http://h", later);

        Assert.Equal(later + TimeSpan.FromDays(2), first.Invitation.ExpiresAt);   // the line's 2 days, not the study's 5
    }

    /// <summary>A study (languages de, en; links valid 5 days) with one dyad and a client and a therapist schedule line.</summary>
    private async Task<(long StudyId, Guid DyadId)> StudyWithDyadAsync(string name, int[] clientSessions, int[] therapistSessions)
    {
        var studyId = await TestStudies.CreateAsync(database.ConnectionString, name);
        await using var db = database.Open();
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId);
        study.Languages = ["de", "en"];
        study.LinkExpiry = TimeSpan.FromDays(5);
        var version = await db.InstrumentVersions.SingleAsync(v => v.StudyId == studyId);
        db.ScheduledForms.Add(new ScheduledForm
        {
            StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = RaterRole.Client,
            InstrumentVersionId = version.InstrumentVersionId, SessionNumbers = [.. clientSessions], Position = 0,
        });
        db.ScheduledForms.Add(new ScheduledForm
        {
            StudyId = studyId, ScheduledFormId = Guid.CreateVersion7(), Role = RaterRole.Therapist,
            InstrumentVersionId = version.InstrumentVersionId, SessionNumbers = [.. therapistSessions], Position = 1,
        });
        var therapist = new Therapist { StudyId = studyId, TherapistId = Guid.CreateVersion7(), Code = "T1" };
        var client = new Client { StudyId = studyId, ClientId = Guid.CreateVersion7(), Code = "C1" };
        var dyad = new Dyad
        {
            StudyId = studyId, DyadId = Guid.CreateVersion7(), Code = "T1-C1", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 1),
        };
        db.AddRange(therapist, client, dyad);
        await db.SaveChangesAsync();
        return (studyId, dyad.DyadId);
    }
}
