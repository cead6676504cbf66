using Alliance.Data.Accounts;
using Alliance.Data.Demo;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Alliance.Testing.Databases;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Tests.Dashboard;

/// <summary>
/// The dashboard's kept summaries (migration DashboardSummaries: <c>completion_counts</c> and <c>open_link_counts</c>;
/// ClientScoreSpreads: <c>client_score_spreads</c>; DyadSummaries: <c>dyad_link_counts</c>, <c>dyad_open_links</c>, the
/// series' largest drops and <c>client_latest_scores</c>; all kept by triggers) equal a recount from scratch after every
/// kind of write that changes what they count, on a seeded study of 200 dyads (10 therapists, 6 sessions each).
/// </summary>
public sealed class DashboardSummaryTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private Task<LargeStudyResult> SeedAsync() =>
        LargeStudySeed.SeedAsync(database.ConnectionString, new LargeStudyShape(200, Sessions: 6), LargeStudySeed.DefaultSeed,
            "http://127.0.0.1:5000", CancellationToken.None);

    private Task AssertTrueAsync(long studyId, string after) => SummaryRecount.AssertTrueAsync(database.ConnectionString, studyId, after);

    [Fact]
    public async Task ParticipantsAndTheExpiryJobKeepTheSummariesTrue()
    {
        var study = await SeedAsync();
        await AssertTrueAsync(study.StudyId, "the seed");
        var links = study.OpenLinks.Where(l => l.Role == "client").ToList();
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        var found = await ParticipantLinks.FindAsync(connection, [.. links.Select(l => SecretToken.HashOf(l.Token))], false, CancellationToken.None);

        // One batch of submissions, as the submission queue stores them, and then several at once on their own connections.
        await SubmissionStore.StoreAsync(connection, [.. found.Take(5).Select(l => Submission(l!, 2.5))], DateTimeOffset.UtcNow, CancellationToken.None);
        await AssertTrueAsync(study.StudyId, "a batch of submissions");
        await Task.WhenAll(found.Skip(5).Take(8).Select(async l =>
        {
            await using var own = new NpgsqlConnection(database.ConnectionString);
            await own.OpenAsync();
            await SubmissionStore.StoreAsync(own, [Submission(l!, 4.0)], DateTimeOffset.UtcNow, CancellationToken.None);
        }));
        await AssertTrueAsync(study.StudyId, "submissions at once");

        await using (var db = database.Open())
        {
            await new ParticipantChoices(db, TimeProvider.System).WithdrawAsync(found[13]!, CancellationToken.None);
        }
        await AssertTrueAsync(study.StudyId, "a withdrawal");

        await LinkExpiry.ExpireDueAsync(database.ConnectionString, DateTimeOffset.UtcNow, CancellationToken.None);
        await AssertTrueAsync(study.StudyId, "the expiry job");

        // Reissuing a link reopens an expired invitation with a new token and window (InvitationIssuer.Reissue).
        await using (var db = database.Open())
        {
            var expired = await db.Invitations.Where(i => i.StudyId == study.StudyId && i.Status == InvitationStatus.Expired).Take(3).ToListAsync();
            Assert.NotEmpty(expired);
            foreach (var invitation in expired)
            {
                invitation.Status = InvitationStatus.Open;
                invitation.TokenHash = SecretToken.HashOf(SecretToken.Create());
                invitation.ExpiresAt = DateTimeOffset.UtcNow.AddDays(7);
            }
            await db.SaveChangesAsync();
        }
        await AssertTrueAsync(study.StudyId, "reissued links");

        // A submitted client link opened again with its response kept: its dyad's latest submitted scores change.
        await using (var db = database.Open())
        {
            var submitted = await db.Invitations.Where(i => i.StudyId == study.StudyId && i.Status == InvitationStatus.Submitted
                && i.Role == RaterRole.Client).OrderByDescending(i => i.CreatedAt).FirstAsync();
            submitted.Status = InvitationStatus.Open;
            await db.SaveChangesAsync();
        }
        await AssertTrueAsync(study.StudyId, "a submitted link opened again");
    }

    [Fact]
    public async Task ResearchersEditsAndDeletionsKeepTheSummariesTrue()
    {
        var study = await SeedAsync();
        await using var db = database.Open();
        var dyads = await db.Dyads.Where(d => d.StudyId == study.StudyId).OrderBy(d => d.Code).ToListAsync();
        var therapists = dyads.Select(d => d.TherapistId).Distinct().ToList();

        dyads[0].TherapistId = therapists.First(t => t != dyads[0].TherapistId);
        dyads[1].TherapistId = therapists.Last(t => t != dyads[1].TherapistId);
        await db.SaveChangesAsync();
        await AssertTrueAsync(study.StudyId, "a therapist change");

        var sessions = await db.Sessions.Where(s => s.StudyId == study.StudyId && s.DyadId == dyads[2].DyadId).OrderBy(s => s.Number).ToListAsync();
        sessions[1].HeldOn = sessions[1].HeldOn!.Value.AddDays(-3);
        sessions[2].HeldOn = null;
        await db.SaveChangesAsync();
        await AssertTrueAsync(study.StudyId, "session days changed");
        // Renumbering swaps two sessions' places in the client's series (through a free number: numbers are unique per dyad).
        var (third, fourth) = (sessions[3].Number, sessions[4].Number);
        sessions[3].Number = 100;
        await db.SaveChangesAsync();
        sessions[4].Number = third;
        await db.SaveChangesAsync();
        sessions[3].Number = fourth;
        await db.SaveChangesAsync();
        await AssertTrueAsync(study.StudyId, "sessions renumbered");

        // A response holds its link (the foreign key restricts), so each deletion removes the responses first.
        var answered = await db.Responses.Where(r => r.StudyId == study.StudyId).Select(r => r.InvitationId).FirstAsync();
        await db.Responses.Where(r => r.StudyId == study.StudyId && r.InvitationId == answered).ExecuteDeleteAsync();
        await AssertTrueAsync(study.StudyId, "a response deleted");
        await db.Invitations.Where(i => i.StudyId == study.StudyId && i.InvitationId == answered).ExecuteDeleteAsync();
        await AssertTrueAsync(study.StudyId, "a link deleted");

        await ResponsesOf(db, study.StudyId, [sessions[0].SessionId]).ExecuteDeleteAsync();
        await db.Sessions.Where(s => s.StudyId == study.StudyId && s.SessionId == sessions[0].SessionId).ExecuteDeleteAsync();
        await AssertTrueAsync(study.StudyId, "a session deleted");

        var ofDyad = await db.Sessions.Where(s => s.StudyId == study.StudyId && s.DyadId == dyads[3].DyadId).Select(s => s.SessionId).ToListAsync();
        await ResponsesOf(db, study.StudyId, ofDyad).ExecuteDeleteAsync();
        await db.Dyads.Where(d => d.StudyId == study.StudyId && d.DyadId == dyads[3].DyadId).ExecuteDeleteAsync();
        await AssertTrueAsync(study.StudyId, "a dyad deleted");
    }

    [Fact]
    public async Task MigrationDyadSummariesFillsThePerDyadStateFromWhatIsStored()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("dyad_summaries_fill", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        var study = await LargeStudySeed.SeedAsync(scratch.ConnectionString, new LargeStudyShape(60, Sessions: 6), LargeStudySeed.DefaultSeed,
            "http://127.0.0.1:5000", CancellationToken.None);
        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        var all = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<IMigrator>();

        // Down before it (its tables and column gone, the former trigger functions back), a write there, and up again.
        await migrator.MigrateAsync(all[all.IndexOf(all.Single(m => m.EndsWith("_DyadSummaries", StringComparison.Ordinal))) - 1]);
        Assert.Null(await db.Database.SqlQuery<string>($"SELECT to_regclass('dyad_link_counts')::text AS \"Value\"").SingleAsync());
        await db.Invitations.Where(i => i.StudyId == study.StudyId && i.Status == InvitationStatus.Open).Take(5)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Expired));
        await migrator.MigrateAsync(all[^1]);

        await SummaryRecount.AssertTrueAsync(scratch.ConnectionString, study.StudyId, "the migration's fill");
    }

    private static IQueryable<Response> ResponsesOf(AllianceDbContext db, long studyId, List<Guid> sessions) =>
        db.Responses.Where(r => r.StudyId == studyId
            && db.Invitations.Any(i => i.StudyId == studyId && i.InvitationId == r.InvitationId && sessions.Contains(i.SessionId)));

    private static AcceptedSubmission Submission(ParticipantLink link, double total) => new(link.StudyId, link.InvitationId,
        Guid.CreateVersion7(), Guid.NewGuid().ToString("N"), new Dictionary<string, double?>(), new Dictionary<string, double?> { ["total"] = total },
        null);
}
