using System.Globalization;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Demo;

/// <summary>
/// Seeds a study of many dyads (<see cref="LargeStudyShape"/>; 10,000 by default, the size of issue #21's
/// measurements) by COPY, with rows exactly as the app writes them: every session gets the shipped parallel
/// working-alliance forms (<c>wa-client</c>, <c>wa-therapist</c>) and, every fifth session, the client's session form
/// (<c>session-vas</c>, whose cut-off gives alerts); links open and expire by the study's window from the session day
/// (<see cref="Invitations.LinkWindow"/>), carry fresh tokens of which only the hash is stored, and about
/// <see cref="AnsweredShare"/> of them are answered with simulated answers (<see cref="AllianceSimulation"/>: therapist
/// effects, client trajectories, ruptures) scored by the instrument's own scorer. The unanswered links of earlier
/// sessions are past their expiry (overdue, still <c>open</c> in the data, as the app leaves them); those of the last
/// session, held today, are open (<see cref="LargeStudyResult.OpenLinks"/>).
/// <para>
/// Deterministic by seed: codes, dates (relative to today), which forms are answered and every answer. Ids, tokens,
/// the researcher's password and API token are fresh on each call (secrets are never derived from a seed).
/// Everything is one transaction; the tables are analysed afterwards so the planner sees the new rows.
/// </para>
/// </summary>
public static class LargeStudySeed
{
    /// <summary>The seed the bench and the tests use.</summary>
    public const int DefaultSeed = 20261205;

    /// <summary>The share of the forms of past sessions that are answered (half of the last session's are).</summary>
    public const double AnsweredShare = 0.9;

    /// <summary>The sessions (every <see cref="SessionFormEvery"/>th) after which clients also fill <c>session-vas</c>.</summary>
    public const int SessionFormEvery = 5;

    /// <param name="connectionString">A migrated database.</param>
    /// <param name="shape">How many dyads, clients per therapist and sessions.</param>
    /// <param name="seed">Seed of the simulated design and answers.</param>
    /// <param name="baseUrl">Origin of the participant links, e.g. <c>http://127.0.0.1:5000</c>.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<LargeStudyResult> SeedAsync(string connectionString, LargeStudyShape shape, int seed, string baseUrl,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shape);
        shape.Check();
        var now = DateTimeOffset.UtcNow;
        LargeStudyResult result;
        await using (var db = AllianceDbContext.Open(connectionString))
        {
            await db.Database.OpenConnectionAsync(ct).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
            var study = new Study
            {
                Name = string.Create(CultureInfo.InvariantCulture, $"Large study ({shape.Dyads:N0} dyads) {now:yyyy-MM-dd HH:mm:ss}"),
                ConsentTexts = ConsentText.ForEveryRole("en", "This is a demonstration study with simulated data. Your answers are stored for testing only."),
                Settings = """{"demo": true}""",
                CreatedAt = now,
            };
            db.Studies.Add(study);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var (email, password, apiToken) = DemoResearcher.Add(db, study.StudyId, now);
            db.StudyArms.Add(new StudyArm { StudyId = study.StudyId, Code = DemoStudy.FeedbackArm, CliniciansSeeClientRatings = true });
            db.StudyArms.Add(new StudyArm { StudyId = study.StudyId, Code = DemoStudy.UsualCareArm, CliniciansSeeClientRatings = false });
            var schedule = await ScheduleAsync(db, study.StudyId, shape, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);

            var rows = new LargeStudyRows((NpgsqlConnection)db.Database.GetDbConnection(), study, shape, schedule, seed, now);
            await rows.CopyParticipantsAsync(ct).ConfigureAwait(false);
            await rows.CopySessionsAsync(ct).ConfigureAwait(false);
            var links = await rows.CopyInvitationsAsync(baseUrl, ct).ConfigureAwait(false);
            // The responses' COPY fires the rupture series' trigger (ScoreSpreadsSql) over every dyad at once: planned
            // without statistics for the rows this transaction inserted, it ran for over ten minutes on 10,000 dyads.
            await db.Database.ExecuteSqlRawAsync("ANALYZE dyads, sessions, invitations", ct).ConfigureAwait(false);
            var answered = await rows.CopyResponsesAsync(ct).ConfigureAwait(false);
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            result = new LargeStudyResult(study.StudyId, email, password, apiToken, shape.Dyads, shape.Dyads * shape.Sessions,
                rows.InvitationCount, answered, links);
        }
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var analyse = new NpgsqlCommand(
            "ANALYZE therapists, clients, dyads, sessions, invitations, responses", connection) { CommandTimeout = 600 };
        await analyse.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Freezes the shipped forms and schedules them with the study's default window: <c>wa-client</c> and
    /// <c>wa-therapist</c> after every session, <c>session-vas</c> for clients every <see cref="SessionFormEvery"/>th.
    /// </summary>
    private static async Task<List<(ScheduledForm Line, InstrumentScorer Scorer)>> ScheduleAsync(AllianceDbContext db, long studyId,
        LargeStudyShape shape, CancellationToken ct)
    {
        var lines = new (RaterRole Role, string Instrument, List<int> Sessions)[]
        {
            (RaterRole.Client, "wa-client", []),
            (RaterRole.Therapist, "wa-therapist", []),
            (RaterRole.Client, DemoStudy.SessionForm,
                [.. Enumerable.Range(1, shape.Sessions).Where(s => s % SessionFormEvery == 0)]),
        };
        // A study shorter than five sessions has no session-form session (an empty list would mean every session).
        var scheduled = lines.Where(l => l.Instrument != DemoStudy.SessionForm || l.Sessions.Count > 0)
            .Select(l => (l.Role, DemoStudy.ShippedDefinition(l.Instrument), l.Sessions));
        return await DemoStudy.FreezeScheduleAsync(db, studyId, scheduled, ct).ConfigureAwait(false);
    }
}
