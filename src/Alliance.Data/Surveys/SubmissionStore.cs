using System.Text.Json;
using Npgsql;

namespace Alliance.Data.Surveys;

/// <summary>Stores web submissions, a whole batch in one statement (the submission queue's group commit).</summary>
public static class SubmissionStore
{
    /// <summary>
    /// Stores the submissions and returns the response ids that were inserted; an id missing from the set lost its
    /// invitation to another submission (see <see cref="ParticipantLinks.StoredResponseAsync"/>). One statement
    /// outside an explicit transaction is one transaction, committed before the server reports the statement
    /// complete: the rows come first, so this returns only after the reader has been read to that report (an error
    /// there, say a failed commit, throws from its disposal).
    /// </summary>
    public static async Task<HashSet<Guid>> StoreAsync(NpgsqlConnection connection, IReadOnlyList<AcceptedSubmission> submissions,
        DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        // One order for every statement, so a concurrent writer of overlapping invitations waits instead of deadlocking.
        AcceptedSubmission[] rows = [.. submissions.OrderBy(s => (s.StudyId, s.InvitationId))];
        await using var store = new NpgsqlCommand(StoreBatch, connection);
        store.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. rows.Select(s => s.StudyId)] });
        store.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. rows.Select(s => s.ResponseId)] });
        store.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. rows.Select(s => s.InvitationId)] });
        store.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(s => s.IdempotencyKey)] });
        store.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(s => JsonSerializer.Serialize(s.Answers))] });
        store.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. rows.Select(s => JsonSerializer.Serialize(s.Scores))] });
        store.Parameters.Add(new NpgsqlParameter<Guid[]> { TypedValue = [.. rows.Select(_ => Guid.CreateVersion7(now))] });
        store.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = [.. rows.Select(s => s.ConsentTextHash)] });
        store.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
        var created = new HashSet<Guid>();
        var reader = await store.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                created.Add(reader.GetGuid(0));
            }
            if (await reader.NextResultAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException("the store statement returned a second result");
            }
        }
        return created;
    }

    /// <summary>
    /// One statement for the whole batch: the responses (nothing for an invitation that already has one: the unique
    /// index decides between concurrent writers), consent records where the study asks for one, the invitations
    /// marked submitted and their drafts removed, the last three only for rows actually inserted.
    /// </summary>
    private const string StoreBatch = """
        WITH input AS (
            SELECT * FROM unnest($1::bigint[], $2::uuid[], $3::uuid[], $4::text[], $5::jsonb[], $6::jsonb[], $7::uuid[], $8::text[])
                AS x(study_id, response_id, invitation_id, idempotency_key, answers, scores, consent_id, consent_text_hash)),
        stored AS (
            INSERT INTO responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            SELECT study_id, response_id, invitation_id, idempotency_key, $9, answers, scores, 'web' FROM input
            ON CONFLICT (study_id, invitation_id) DO NOTHING
            RETURNING study_id, invitation_id, response_id),
        consent AS (
            INSERT INTO consent_records (study_id, consent_id, invitation_id, consent_text_hash, given_at)
            SELECT x.study_id, x.consent_id, x.invitation_id, x.consent_text_hash, $9
            FROM input x JOIN stored s ON s.response_id = x.response_id
            WHERE x.consent_text_hash IS NOT NULL
            ON CONFLICT (study_id, invitation_id) DO NOTHING),
        submitted AS (
            UPDATE invitations i SET status = 'submitted' FROM stored s
            WHERE i.study_id = s.study_id AND i.invitation_id = s.invitation_id),
        cleared AS (
            DELETE FROM drafts d USING stored s WHERE d.study_id = s.study_id AND d.invitation_id = s.invitation_id)
        SELECT response_id FROM stored
        """;
}
