using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Data.Accounts;
using Alliance.Data.Lifecycle;
using Npgsql;

namespace Alliance.Data.Surveys;

/// <summary>
/// Resolves participant tokens to their links. Only the SHA-256 of a token is stored, so a lookup hashes the presented
/// token and runs the same indexed statement whether the token is known, expired or unknown. One statement serves a
/// whole batch of tokens (the submission queue) as well as one (the survey page and API).
/// </summary>
public static class ParticipantLinks
{
    /// <summary>Tokens are 43 base64url characters; anything far off is not worth hashing.</summary>
    private const int MaxTokenLength = 128;

    /// <summary>
    /// The hash to look a presented token up by. A token far too long to be one is looked up as the empty token (so
    /// it costs the same query as any other) and <paramref name="fits"/> is false: it must then be answered "unknown".
    /// </summary>
    public static byte[] LookupHash(string token, out bool fits)
    {
        ArgumentNullException.ThrowIfNull(token);
        fits = token.Length <= MaxTokenLength;
        return SecretToken.HashOf(fits ? token : "");
    }

    /// <summary>
    /// The link of each token hash, in the order given; null where no invitation has that hash. With
    /// <paramref name="withAnswers"/> each link also carries its saved answers (the submission queue does not need them).
    /// </summary>
    public static async Task<ParticipantLink?[]> FindAsync(NpgsqlConnection connection, byte[][] tokenHashes, bool withAnswers,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(tokenHashes);
        var links = new ParticipantLink?[tokenHashes.Length];
        await using var find = new NpgsqlCommand(FindBatch, connection);
        find.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = tokenHashes });
        find.Parameters.Add(new NpgsqlParameter<bool> { TypedValue = withAnswers });
        var reader = await find.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                var stored = reader.IsDBNull(17) ? null
                    : new StoredResponse(reader.GetGuid(17), reader.GetString(18), reader.IsDBNull(19) ? null : reader.GetString(19));
                links[reader.GetInt64(0) - 1] = new ParticipantLink(
                    StudyId: reader.GetInt64(1),
                    InvitationId: reader.GetGuid(2),
                    Role: RaterRoleNames.Parse(reader.GetString(3)),
                    Language: reader.GetString(4),
                    InvitationStatus: InvitationStatusNames.Parse(reader.GetString(5)),
                    OpensAt: reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                    ExpiresAt: reader.IsDBNull(7) ? null : reader.GetFieldValue<DateTimeOffset>(7),
                    SessionNumber: reader.GetInt32(8),
                    ParticipantId: reader.GetGuid(9),
                    InstrumentVersionId: reader.GetGuid(10),
                    InstrumentId: reader.GetString(11),
                    ContentHash: reader.GetString(12),
                    ConsentRequired: reader.GetBoolean(13),
                    ConsentText: reader.IsDBNull(14) ? null : reader.GetString(14),
                    Withdrawn: reader.GetBoolean(15),
                    ConsentOnRecord: reader.GetBoolean(16),
                    Stored: stored,
                    SavedAnswers: reader.IsDBNull(20) ? null : reader.GetString(20),
                    ConsentLanguage: reader.IsDBNull(21) ? null : reader.GetString(21),
                    Contact: ContactAt(reader, 22),
                    StudyState: StudyStates.Parse(reader.GetString(25)),
                    DyadEnded: reader.GetBoolean(26));
            }
        }
        return links;
    }

    /// <summary>
    /// The link a reissued link replaced, by its token's hash: its invitation's language and its study's contact; null
    /// when no replaced link has that hash (the token is unknown). Asked only after <see cref="FindAsync"/> found nothing.
    /// </summary>
    public static async Task<FormerLink?> FindReplacedAsync(NpgsqlConnection connection, byte[] tokenHash, CancellationToken ct)
    {
        await using var find = new NpgsqlCommand("""
            SELECT r.study_id, i.language, st.contact_name, st.contact_email, st.contact_phone
            FROM replaced_links r
            JOIN invitations i ON i.study_id = r.study_id AND i.invitation_id = r.invitation_id
            JOIN studies st ON st.study_id = r.study_id
            WHERE r.token_hash = $1
            """, connection);
        find.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = tokenHash });
        var reader = await find.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(ct).ConfigureAwait(false)
                ? new FormerLink(reader.GetInt64(0), reader.GetString(1), ContactAt(reader, 2))
                : null;
        }
    }

    /// <summary>The study contact in the three columns from <paramref name="first"/> on (name, e-mail, phone).</summary>
    private static StudyContact? ContactAt(NpgsqlDataReader reader, int first)
    {
        string? Text(int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
        return StudyContact.Of(Text(first), Text(first + 1), Text(first + 2));
    }

    /// <summary>The response that holds an invitation (after an insert found it taken).</summary>
    public static async Task<StoredResponse> StoredResponseAsync(NpgsqlConnection connection, long studyId, Guid invitationId,
        CancellationToken ct)
    {
        await using var find = new NpgsqlCommand(
            "SELECT response_id, idempotency_key, scores::text FROM responses WHERE study_id = $1 AND invitation_id = $2", connection);
        find.Parameters.Add(new NpgsqlParameter<long> { TypedValue = studyId });
        find.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = invitationId });
        var reader = await find.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"invitation {invitationId}: the insert found a response that is not there");
            }
            return new StoredResponse(reader.GetGuid(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2));
        }
    }

    /// <summary>A frozen instrument version's definition (JSON text), for a version the caller has not parsed yet.</summary>
    public static async Task<string> DefinitionAsync(NpgsqlConnection connection, long studyId, Guid instrumentVersionId,
        CancellationToken ct)
    {
        await using var find = new NpgsqlCommand(
            "SELECT definition::text FROM instrument_versions WHERE study_id = $1 AND instrument_version_id = $2", connection);
        find.Parameters.Add(new NpgsqlParameter<long> { TypedValue = studyId });
        find.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = instrumentVersionId });
        return (string)(await find.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    /// <summary>
    /// Every token of a batch in one statement. It reads the facts <see cref="LinkStatus"/> decides by (opening,
    /// expiry, stored status, withdrawal, response, the study's state from the study row it reads anyway, whether the
    /// dyad ended) and decides nothing itself, so the submission queue and the survey
    /// page apply the same rule. The consent text is the study's for the invitation's role in the invitation's language,
    /// else in the study's first language (read only while the study asks for consent). The participant is the dyad's client or therapist by the invitation's role; withdrawn when that participant withdrew from the study; consent on record when that participant
    /// consented through any of their links of the same role (looked for only while it matters: the study asks and
    /// nothing is stored). The saved answers are read only when $2 asks for them: a CASE evaluates its subquery
    /// only for the branch taken, so the submission queue's lookups never touch the drafts.
    /// </summary>
    private const string FindBatch = """
        SELECT h.ord, i.study_id, i.invitation_id, i.role, i.language, i.status, i.opens_at, i.expires_at, s.number, p.participant,
               i.instrument_version_id, v.instrument_id, v.content_hash, st.consent_required, ct.text,
               EXISTS (SELECT 1 FROM withdrawals w
                       WHERE w.study_id = i.study_id
                         AND CASE WHEN i.role = 'client' THEN w.client_id = p.participant ELSE w.therapist_id = p.participant END),
               st.consent_required AND r.response_id IS NULL AND EXISTS (
                   SELECT 1 FROM dyads cd
                   JOIN sessions cs ON cs.study_id = cd.study_id AND cs.dyad_id = cd.dyad_id
                   JOIN invitations ci ON ci.study_id = cs.study_id AND ci.session_id = cs.session_id AND ci.role = i.role
                   JOIN consent_records c ON c.study_id = ci.study_id AND c.invitation_id = ci.invitation_id
                   WHERE cd.study_id = i.study_id
                     AND CASE WHEN i.role = 'client' THEN cd.client_id ELSE cd.therapist_id END = p.participant),
               r.response_id, r.idempotency_key, r.scores::text,
               CASE WHEN $2 THEN coalesce(r.answers::text,
                   (SELECT dr.answers::text FROM drafts dr WHERE dr.study_id = i.study_id AND dr.invitation_id = i.invitation_id))
               END,
               ct.language, st.contact_name, st.contact_email, st.contact_phone, st.state, d.ended_on IS NOT NULL
        FROM unnest($1::bytea[]) WITH ORDINALITY AS h(hash, ord)
        JOIN invitations i ON i.token_hash = h.hash
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        JOIN studies st ON st.study_id = i.study_id
        JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
        LEFT JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
        CROSS JOIN LATERAL (SELECT CASE WHEN i.role = 'client' THEN d.client_id ELSE d.therapist_id END AS participant) p
        LEFT JOIN LATERAL (
            SELECT c.text, c.language FROM consent_texts c
            WHERE st.consent_required AND c.study_id = i.study_id AND c.role = i.role AND c.language IN (i.language, st.languages[1])
            ORDER BY c.language = i.language DESC
            LIMIT 1) ct ON true
        """;
}
