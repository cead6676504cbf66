namespace Alliance.Data.Export;

/// <summary>
/// The SQL behind the exports. Every join matches on <c>study_id</c> as well as the row key and every query is
/// filtered by <c>$1 = study_id</c>, so an export can only ever read its own study. Forms of a withdrawn
/// participant (or a withdrawn invitation) are left out.
/// </summary>
internal static class ExportQueries
{
    private const string Joins = """
        JOIN invitations i ON i.study_id = r.study_id AND i.invitation_id = r.invitation_id
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        JOIN therapists t ON t.study_id = d.study_id AND t.therapist_id = d.therapist_id
        JOIN clients c ON c.study_id = d.study_id AND c.client_id = d.client_id
        JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
        """;

    private const string NotWithdrawn = """
        AND i.status <> 'withdrawn'
        AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.study_id = r.study_id
            AND (w.invitation_id = i.invitation_id
                 OR (i.role = 'client' AND w.client_id = d.client_id)
                 OR (i.role = 'therapist' AND w.therapist_id = d.therapist_id)))
        """;

    /// <summary>Columns 0–13: study_id, dyad, therapist, client, arm, session, session_date, role, instrument,
    /// instrument_version, response_id, submitted_at, item, value.</summary>
    public const string Long = $"""
        SELECT r.study_id, d.code, t.code, c.code, d.arm, s.number, s.held_on, i.role, v.instrument_id, v.version,
               r.response_id, r.submitted_at, ri.item_id, ri.value
        FROM response_items ri
        JOIN responses r ON r.study_id = ri.study_id AND r.response_id = ri.response_id
        {Joins}
        WHERE ri.study_id = $1
        {NotWithdrawn}
        ORDER BY d.code, s.number, i.role, v.instrument_id, ri.position NULLS LAST, ri.item_id
        """;

    /// <summary>Columns 0–13: as <see cref="Long"/> up to submitted_at, then answers and scores as JSON text.</summary>
    public const string Wide = $"""
        SELECT r.study_id, d.code, t.code, c.code, d.arm, s.number, s.held_on, i.role, v.instrument_id, v.version,
               r.response_id, r.submitted_at, r.answers::text, r.scores::text
        FROM responses r
        {Joins}
        WHERE r.study_id = $1
        {NotWithdrawn}
        ORDER BY d.code, s.number, i.role, v.instrument_id
        """;

    /// <summary>Same rows as <see cref="Wide"/>, grouped by dyad and session while reading, then paired by construct.</summary>
    public const string Dyadic = Wide;

    /// <summary>The study's frozen instrument definitions.</summary>
    public const string Definitions = """
        SELECT instrument_id, version, definition::text FROM instrument_versions WHERE study_id = $1 ORDER BY instrument_id, version
        """;
}
