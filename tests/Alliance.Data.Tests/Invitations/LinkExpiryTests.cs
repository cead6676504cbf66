using Alliance.Data.Accounts;
using Alliance.Data.Demo;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Invitations;

public sealed class LinkExpiryTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    // 30 dyads × 6 sessions: the unanswered links of sessions 1–5 are past their expiry, those of session 6 open.
    private Task<LargeStudyResult> SeedAsync() =>
        LargeStudySeed.SeedAsync(database.ConnectionString, new LargeStudyShape(30, Sessions: 6), LargeStudySeed.DefaultSeed,
            "http://127.0.0.1:5000", CancellationToken.None);

    private async Task<Dictionary<Guid, (InvitationStatus Status, DateTimeOffset? ExpiresAt)>> LinksAsync(long studyId)
    {
        await using var db = database.Open();
        return await db.Invitations.Where(i => i.StudyId == studyId)
            .ToDictionaryAsync(i => i.InvitationId, i => (i.Status, i.ExpiresAt));
    }

    [Fact]
    public async Task ExpiresExactlyTheOpenLinksWhoseExpiryHasPassed()
    {
        var study = await SeedAsync();
        var before = await LinksAsync(study.StudyId);
        var now = DateTimeOffset.UtcNow;
        var due = before.Where(l => l.Value.Status == InvitationStatus.Open && l.Value.ExpiresAt <= now).Select(l => l.Key).ToHashSet();
        Assert.NotEmpty(due);

        var marked = await LinkExpiry.ExpireDueAsync(database.ConnectionString, now, CancellationToken.None);

        // Other studies' due links (seeded by other tests of this class) are marked too: at least this study's.
        Assert.True(marked >= due.Count);
        var after = await LinksAsync(study.StudyId);
        foreach (var (id, (status, _)) in after)
        {
            Assert.Equal(due.Contains(id) ? InvitationStatus.Expired : before[id].Status, status);
        }
        Assert.Equal(study.OpenLinks.Count, after.Values.Count(l => l.Status == InvitationStatus.Open));
        Assert.Equal(0, await LinkExpiry.ExpireDueAsync(database.ConnectionString, now, CancellationToken.None));
    }

    [Fact]
    public async Task TwoRunsAtOnceMarkEachLinkOnce()
    {
        var study = await SeedAsync();
        // A moment after every link's expiry: all open links of every study here are due.
        var now = DateTimeOffset.UtcNow.AddDays(60);
        await using var db = database.Open();
        var due = await db.Invitations.CountAsync(i => i.Status == InvitationStatus.Open && i.ExpiresAt <= now);

        var runs = await Task.WhenAll(
            Task.Run(() => LinkExpiry.ExpireDueAsync(database.ConnectionString, now, CancellationToken.None)),
            Task.Run(() => LinkExpiry.ExpireDueAsync(database.ConnectionString, now, CancellationToken.None)));

        Assert.Equal(due, runs.Sum());
        Assert.Contains(0, runs);
        Assert.Equal(0, await db.Invitations.CountAsync(i => i.StudyId == study.StudyId && i.Status == InvitationStatus.Open));
    }

    [Fact]
    public async Task AParticipantSeesTheSameExpiredLinkBeforeAndAfterTheJobMarksIt()
    {
        var study = await SeedAsync();
        var later = DateTimeOffset.UtcNow.AddDays(60);
        var hash = SecretToken.HashOf(study.OpenLinks[0].Token);
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var before = (await ParticipantLinks.FindAsync(connection, [hash], false, CancellationToken.None))[0]!;

        await LinkExpiry.ExpireDueAsync(database.ConnectionString, later, CancellationToken.None);

        var after = (await ParticipantLinks.FindAsync(connection, [hash], false, CancellationToken.None))[0]!;
        Assert.Equal(InvitationStatus.Open, before.InvitationStatus);
        Assert.Equal(InvitationStatus.Expired, after.InvitationStatus);
        Assert.Equal(LinkState.Expired, before.StatusAt(later));
        Assert.Equal(before.StatusAt(later), after.StatusAt(later));
    }

    [Fact]
    public async Task ALinkTheJobExpiredCanBeReissuedAndOpensAgain()
    {
        var study = await SeedAsync();
        var now = DateTimeOffset.UtcNow;
        await LinkExpiry.ExpireDueAsync(database.ConnectionString, now, CancellationToken.None);
        await using var db = database.Open();
        var invitation = await db.Invitations.FirstAsync(i => i.StudyId == study.StudyId && i.Status == InvitationStatus.Expired);
        var session = await db.Sessions.SingleAsync(s => s.StudyId == study.StudyId && s.SessionId == invitation.SessionId);
        var studyRow = await db.Studies.SingleAsync(s => s.StudyId == study.StudyId);

        var link = InvitationIssuer.Reissue(invitation, session, studyRow, DyadLanguages.None, "http://127.0.0.1:5000", now);
        await db.SaveChangesAsync();

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var reopened = (await ParticipantLinks.FindAsync(connection, [SecretToken.HashOf(link.Token)], false, CancellationToken.None))[0]!;
        Assert.Equal(InvitationStatus.Open, reopened.InvitationStatus);
        Assert.Equal(LinkState.Open, reopened.StatusAt(now));
    }
}
