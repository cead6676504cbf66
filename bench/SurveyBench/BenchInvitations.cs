using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace SurveyBench;

/// <summary>
/// One study, one dyad and <c>count</c> open session-check invitations whose plain tokens the bench keeps, beside
/// <c>answered</c> earlier invitations whose responses are already stored (as imported data, source <c>import</c>):
/// a live database has responses, and the planner's statistics should say so. Sessions and invitations go in by
/// COPY, so a few hundred thousand take seconds.
/// </summary>
internal static class BenchInvitations
{
    public static async Task<string[]> CreateAsync(AllianceDbContext db, int count, int answered, CancellationToken ct)
    {
        var study = new Study { Name = "survey bench" };
        db.Studies.Add(study);
        await db.SaveChangesAsync(ct);
        var instrument = InstrumentCatalog.Shipped.Get("session-vas");
        var therapist = new Therapist { StudyId = study.StudyId, TherapistId = Guid.NewGuid(), Code = "T" };
        var client = new Client { StudyId = study.StudyId, ClientId = Guid.NewGuid(), Code = "C" };
        var dyad = new Dyad
        {
            StudyId = study.StudyId, DyadId = Guid.NewGuid(), Code = "T-C", TherapistId = therapist.TherapistId,
            ClientId = client.ClientId, StartedOn = new DateOnly(2026, 1, 1),
        };
        var version = new InstrumentVersion
        {
            StudyId = study.StudyId, InstrumentVersionId = Guid.NewGuid(), InstrumentId = instrument.Id, Version = instrument.Version,
            ContentHash = instrument.ContentHash, Definition = InstrumentCatalog.ShippedDefinition("session-vas.json")!,
        };
        db.AddRange(therapist, client, dyad, version);
        await db.SaveChangesAsync(ct);

        var tokens = new string[count];
        var sessions = new Guid[count + answered];
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY sessions (study_id, session_id, dyad_id, number) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < sessions.Length; i++)
            {
                sessions[i] = Guid.NewGuid();
                await copy.WriteRowAsync(ct, study.StudyId, sessions[i], dyad.DyadId, i + 1);
            }
            await copy.CompleteAsync(ct);
        }
        var expires = DateTimeOffset.UtcNow.AddDays(1);
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY invitations (study_id, invitation_id, session_id, role, instrument_version_id, token_hash, status, expires_at, language) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var i = 0; i < sessions.Length; i++)
            {
                var token = SecretToken.Create();
                if (i < count)
                {
                    tokens[i] = token;
                }
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(study.StudyId, NpgsqlDbType.Bigint, ct);
                await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(sessions[i], NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(RaterRole.Client.Name(), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(version.InstrumentVersionId, NpgsqlDbType.Uuid, ct);
                await copy.WriteAsync(SecretToken.HashOf(token), NpgsqlDbType.Bytea, ct);
                await copy.WriteAsync((i < count ? InvitationStatus.Open : InvitationStatus.Submitted).Name(), NpgsqlDbType.Text, ct);
                await copy.WriteAsync(expires, NpgsqlDbType.TimestampTz, ct);
                await copy.WriteAsync("en", NpgsqlDbType.Text, ct);
            }
            await copy.CompleteAsync(ct);
        }
        await db.Database.ExecuteSqlAsync($$"""
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            SELECT study_id, gen_random_uuid(), invitation_id, 'seed', now(), '{"sv1": 6, "sv2": 7, "sv3": 8, "sv4": 9}', '{"total": 30}', 'import'
            FROM invitations WHERE study_id = {{study.StudyId}} AND status = 'submitted'
            """, ct);
        return tokens;
    }
}
