using Alliance.Data.Responses;
using Npgsql;

namespace Alliance.Web.Surveys;

/// <summary>What the submission queue needs to know of a link: its invitation, instrument, study consent rules, state.</summary>
internal sealed record SubmissionLink(
    long StudyId,
    Guid InvitationId,
    string InvitationStatus,
    DateTimeOffset? ExpiresAt,
    Guid InstrumentVersionId,
    string InstrumentId,
    string ContentHash,
    bool ConsentRequired,
    string? ConsentText,
    bool Withdrawn,
    bool ConsentOnRecord,
    StoredResponse? Stored)
{
    public bool NeedsConsent => ConsentRequired && !ConsentOnRecord;

    /// <summary>SHA-256 (hex) of the consent text the participant saw, recorded with the consent.</summary>
    public string ConsentTextHash => SurveyInvitation.HashOfConsent(ConsentText);
}

/// <summary>The response already stored for an invitation.</summary>
internal sealed record StoredResponse(Guid ResponseId, string IdempotencyKey, string? Scores)
{
    /// <summary>The same key gets the stored result again; another key is told the survey was already submitted.</summary>
    public SubmissionResult ReplayFor(string idempotencyKey) =>
        IdempotencyKey == idempotencyKey
            ? new SubmissionResult(SubmissionOutcome.Replayed, ResponseId, ScoresOf(Scores))
            : new SubmissionResult(SubmissionOutcome.AlreadySubmitted, ResponseId);

    public static Dictionary<string, double?> ScoresOf(string? scores) => ResponseScores.Parse(scores).ToDictionary();
}

/// <summary>The submission queue's queries, in SQL: one lookup serves a whole batch of tokens.</summary>
internal static class SubmissionLinks
{
    /// <summary>The link of each token hash, in the order given; null where no invitation has that hash.</summary>
    public static async Task<SubmissionLink?[]> FindAsync(NpgsqlConnection connection, byte[][] tokenHashes)
    {
        var links = new SubmissionLink?[tokenHashes.Length];
        await using var find = new NpgsqlCommand(FindBatch, connection);
        find.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = tokenHashes });
        await using var reader = await find.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var stored = reader.IsDBNull(11) ? null
                : new StoredResponse(reader.GetGuid(11), reader.GetString(12), reader.IsDBNull(13) ? null : reader.GetString(13));
            links[reader.GetInt64(0) - 1] = new SubmissionLink(
                StudyId: reader.GetInt64(1),
                InvitationId: reader.GetGuid(2),
                InvitationStatus: reader.GetString(3),
                ExpiresAt: reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4),
                InstrumentVersionId: reader.GetGuid(5),
                InstrumentId: reader.GetString(6),
                ContentHash: reader.GetString(7),
                ConsentRequired: reader.GetBoolean(8),
                ConsentText: reader.IsDBNull(9) ? null : reader.GetString(9),
                Withdrawn: reader.GetBoolean(10),
                ConsentOnRecord: reader.GetBoolean(14),
                Stored: stored);
        }
        return links;
    }

    /// <summary>The response that holds an invitation (after an insert found it taken).</summary>
    public static async Task<StoredResponse> StoredResponseAsync(NpgsqlConnection connection, long studyId, Guid invitationId)
    {
        await using var find = new NpgsqlCommand(
            "SELECT response_id, idempotency_key, scores::text FROM responses WHERE study_id = $1 AND invitation_id = $2", connection);
        find.Parameters.Add(new NpgsqlParameter<long> { TypedValue = studyId });
        find.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = invitationId });
        await using var reader = await find.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            throw new InvalidOperationException($"invitation {invitationId}: the insert found a response that is not there");
        }
        return new StoredResponse(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
    }

    /// <summary>A frozen instrument version's definition, for a version this process has not parsed yet.</summary>
    public static async Task<string> DefinitionAsync(NpgsqlConnection connection, long studyId, Guid instrumentVersionId)
    {
        await using var find = new NpgsqlCommand(
            "SELECT definition::text FROM instrument_versions WHERE study_id = $1 AND instrument_version_id = $2", connection);
        find.Parameters.Add(new NpgsqlParameter<long> { TypedValue = studyId });
        find.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = instrumentVersionId });
        return (string)(await find.ExecuteScalarAsync())!;
    }

    /// <summary>
    /// Every token of a batch in one query. The same rules as <see cref="SurveyLinks"/>: the participant is the
    /// dyad's client or therapist by the invitation's role; withdrawn when that participant withdrew from the study;
    /// consent on record when that participant consented through any of their links of the same role.
    /// </summary>
    private const string FindBatch = """
        SELECT h.ord, i.study_id, i.invitation_id, i.status, i.expires_at, i.instrument_version_id, v.instrument_id,
               v.content_hash, st.consent_required, st.consent_text,
               EXISTS (SELECT 1 FROM withdrawals w
                       WHERE w.study_id = i.study_id
                         AND CASE WHEN i.role = 'client' THEN w.client_id = p.participant ELSE w.therapist_id = p.participant END),
               r.response_id, r.idempotency_key, r.scores::text,
               st.consent_required AND r.response_id IS NULL AND EXISTS (
                   SELECT 1 FROM dyads cd
                   JOIN sessions cs ON cs.study_id = cd.study_id AND cs.dyad_id = cd.dyad_id
                   JOIN invitations ci ON ci.study_id = cs.study_id AND ci.session_id = cs.session_id AND ci.role = i.role
                   JOIN consent_records c ON c.study_id = ci.study_id AND c.invitation_id = ci.invitation_id
                   WHERE cd.study_id = i.study_id
                     AND CASE WHEN i.role = 'client' THEN cd.client_id ELSE cd.therapist_id END = p.participant)
        FROM unnest($1::bytea[]) WITH ORDINALITY AS h(hash, ord)
        JOIN invitations i ON i.token_hash = h.hash
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        JOIN studies st ON st.study_id = i.study_id
        JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
        LEFT JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
        CROSS JOIN LATERAL (SELECT CASE WHEN i.role = 'client' THEN d.client_id ELSE d.therapist_id END AS participant) p
        """;
}
