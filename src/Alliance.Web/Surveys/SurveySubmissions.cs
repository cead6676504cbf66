using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Alliance.Web.Surveys;

/// <summary>
/// Stores a participant's answers at most once per invitation. The guard is the database's unique index on
/// (study_id, invitation_id) in <c>responses</c>: whatever the clicks, retries or concurrent requests, one insert
/// wins; a loser with the same Idempotency-Key is answered with the winner's result, any other gets a conflict.
/// A 201 is sent only after the transaction committed, so an acknowledged answer is durable.
/// </summary>
internal sealed class SurveySubmissions(AllianceDbContext db, TimeProvider clock)
{
    public async Task<SubmissionResult> SubmitAsync(SurveyInvitation survey, AnswerPayload payload,
        Dictionary<string, string[]> errors, string idempotencyKey, CancellationToken ct)
    {
        if (survey.Response is { } existing)
        {
            return Replay(existing, idempotencyKey);
        }
        if (!survey.IsOpen)
        {
            return new SubmissionResult(SubmissionOutcome.Closed);
        }
        foreach (var problem in survey.Scorer.Check(payload.Answers, requireRequiredItems: true))
        {
            errors.TryAdd(problem.ItemId, [problem.Message]);
        }
        if (survey.NeedsConsent && !payload.Consent)
        {
            errors.TryAdd("consent", ["this study asks for your consent before your answers can be stored"]);
        }
        if (errors.Count > 0)
        {
            return new SubmissionResult(SubmissionOutcome.Invalid, Errors: errors);
        }

        var sheet = survey.Scorer.Score(payload.Answers);
        var scores = sheet.Scores.ToDictionary(s => s.Id, s => s.Value, StringComparer.Ordinal);
        var now = clock.GetUtcNow();
        var invitation = survey.Invitation;
        var responseId = Guid.CreateVersion7(now);
        var consentHash = survey.ConsentTextHash;

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var insert = new NpgsqlCommand(StoreOnce, connection);
            insert.Parameters.Add(new NpgsqlParameter { Value = invitation.StudyId });
            insert.Parameters.Add(new NpgsqlParameter { Value = responseId });
            insert.Parameters.Add(new NpgsqlParameter { Value = invitation.InvitationId });
            insert.Parameters.Add(new NpgsqlParameter { Value = idempotencyKey });
            insert.Parameters.Add(new NpgsqlParameter { Value = now });
            insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(payload.Answers), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(scores), NpgsqlDbType = NpgsqlDbType.Jsonb });
            insert.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7(now) });
            insert.Parameters.Add(new NpgsqlParameter { Value = consentHash });
            insert.Parameters.Add(new NpgsqlParameter { Value = survey.NeedsConsent });
            if (await insert.ExecuteScalarAsync(ct) is Guid stored)
            {
                return new SubmissionResult(SubmissionOutcome.Created, stored, scores);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        // Another request for this invitation committed first: answer with its result, or a conflict.
        var winner = await db.Responses.AsNoTracking().SingleAsync(
            r => r.StudyId == invitation.StudyId && r.InvitationId == invitation.InvitationId, ct);
        return Replay(winner, idempotencyKey);
    }

    /// <summary>
    /// One statement, so one atomic unit and one round trip: the response (nothing if the invitation already has
    /// one: the unique index decides between concurrent submits), its consent record where the study asks for one,
    /// the invitation marked submitted and the draft removed, the last three only when the insert happened.
    /// </summary>
    private const string StoreOnce = """
        WITH stored AS (
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'web')
            ON CONFLICT (study_id, invitation_id) DO NOTHING
            RETURNING response_id),
        consent AS (
            INSERT INTO consent_records (study_id, consent_id, invitation_id, consent_text_hash, given_at)
            SELECT $1, $8, $3, $9, $5 WHERE $10 AND EXISTS (SELECT 1 FROM stored)
            ON CONFLICT (study_id, invitation_id) DO NOTHING),
        submitted AS (
            UPDATE invitations SET status = 'submitted'
            WHERE study_id = $1 AND invitation_id = $3 AND EXISTS (SELECT 1 FROM stored)),
        cleared AS (
            DELETE FROM drafts WHERE study_id = $1 AND invitation_id = $3 AND EXISTS (SELECT 1 FROM stored))
        SELECT response_id FROM stored
        """;

    private static SubmissionResult Replay(Response stored, string idempotencyKey) =>
        stored.IdempotencyKey == idempotencyKey
            ? new SubmissionResult(SubmissionOutcome.Replayed, stored.ResponseId, ScoresOf(stored))
            : new SubmissionResult(SubmissionOutcome.AlreadySubmitted, stored.ResponseId);

    internal static Dictionary<string, double?> ScoresOf(Response stored) =>
        stored.Scores is null
            ? []
            : JsonSerializer.Deserialize<Dictionary<string, double?>>(stored.Scores) ?? [];
}
