namespace Alliance.Data.Export;

/// <summary>
/// The SQL behind the exports. Every join matches on <c>study_id</c> as well as the row key and every query is
/// filtered by <c>$1 = study_id</c>, so an export can only ever read its own study. Forms of a withdrawn
/// participant (or a withdrawn invitation) are left out.
/// <para>
/// Rows stream from the first dyad on (issue #21 item 5): the queries walk the study's dyads in code order by the index
/// on (study_id, code) and read each dyad's forms in a <c>LATERAL</c> subquery by the session, invitation and response
/// indexes, so the order by dyad comes from the index and PostgreSQL sorts only within a dyad (an incremental sort with
/// <c>d.code</c> presorted, a few hundred rows at a time). Joining the tables flat let the planner hash-join the whole
/// study and sort it (4.35 million item rows of a 10,000-dyad study) before the first row: 10–13 s to the first byte.
/// The order of the rows (part of the export contract) is unchanged.
/// </para>
/// </summary>
internal static class ExportQueries
{
    private const string Dyads = """
        FROM dyads d
        JOIN therapists t ON t.study_id = d.study_id AND t.therapist_id = d.therapist_id
        JOIN clients c ON c.study_id = d.study_id AND c.client_id = d.client_id
        """;

    /// <summary>The answered forms of the lateral subquery (filtered to one dyad by <see cref="OfDyadNotWithdrawn"/>).</summary>
    private const string FormsOfDyad = """
            FROM sessions s
            JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
            JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
            JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
        """;

    /// <summary>The lateral subquery's filter: the outer dyad's forms, not withdrawn.</summary>
    private const string OfDyadNotWithdrawn = """
            WHERE s.study_id = d.study_id AND s.dyad_id = d.dyad_id
            AND i.status <> 'withdrawn'
            AND NOT EXISTS (SELECT 1 FROM withdrawals w WHERE w.study_id = r.study_id
                AND (w.invitation_id = i.invitation_id
                     OR (i.role = 'client' AND w.client_id = d.client_id)
                     OR (i.role = 'therapist' AND w.therapist_id = d.therapist_id)))
        """;

    /// <summary>
    /// Columns 0–13: study_id, dyad, therapist, client, arm, session, session_date, role, instrument,
    /// instrument_version, response_id, submitted_at, item, value. The item rows are those of the view
    /// <c>response_items</c> (migration ResponseItemsView: every key of <c>answers</c>, its position among the frozen
    /// definition's items, a number or null), spelled out here per response: through the view, each dyad's lateral
    /// subquery expanded every response of the study. The positions of the study's items are computed once.
    /// </summary>
    public const string Long = $"""
        WITH positions AS MATERIALIZED (
            SELECT v.instrument_version_id, x.item ->> 'id' AS item_id, x.ord::int AS position
            FROM instrument_versions v
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(v.definition -> 'items') = 'array'
                THEN v.definition -> 'items' ELSE '[]'::jsonb END) WITH ORDINALITY x(item, ord)
            WHERE v.study_id = $1)
        SELECT d.study_id, d.code, t.code, c.code, d.arm, f.number, f.held_on, f.role, f.instrument_id, f.version,
               f.response_id, f.submitted_at, f.item_id, f.value
        {Dyads}
        CROSS JOIN LATERAL (
            SELECT s.number, s.held_on, i.role, v.instrument_id, v.version, r.response_id, r.submitted_at,
                   a.key AS item_id, p.position,
                   CASE WHEN jsonb_typeof(a.value) = 'number' THEN a.value::numeric END AS value
        {FormsOfDyad}
            CROSS JOIN LATERAL jsonb_each(r.answers) a
            LEFT JOIN positions p ON p.instrument_version_id = i.instrument_version_id AND p.item_id = a.key
        {OfDyadNotWithdrawn}) f
        WHERE d.study_id = $1
        ORDER BY d.code, f.number, f.role, f.instrument_id, f.position NULLS LAST, f.item_id
        """;

    /// <summary>Columns 0–13: as <see cref="Long"/> up to submitted_at, then answers and scores as JSON text.</summary>
    public const string Wide = $"""
        SELECT d.study_id, d.code, t.code, c.code, d.arm, f.number, f.held_on, f.role, f.instrument_id, f.version,
               f.response_id, f.submitted_at, f.answers, f.scores
        {Dyads}
        CROSS JOIN LATERAL (
            SELECT s.number, s.held_on, i.role, v.instrument_id, v.version, r.response_id, r.submitted_at,
                   r.answers::text AS answers, r.scores::text AS scores
        {FormsOfDyad}
        {OfDyadNotWithdrawn}) f
        WHERE d.study_id = $1
        ORDER BY d.code, f.number, f.role, f.instrument_id
        """;

    /// <summary>Same rows as <see cref="Wide"/>, grouped by dyad and session while reading, then paired by construct.</summary>
    public const string Dyadic = Wide;

    /// <summary>The study's frozen instrument definitions.</summary>
    public const string Definitions = """
        SELECT instrument_id, version, definition::text FROM instrument_versions WHERE study_id = $1 ORDER BY instrument_id, version
        """;
}
