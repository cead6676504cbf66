namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for <c>client_score_spreads</c> (migration ClientScoreSpreads, issue #21): per client (dyad), client form
/// (instrument id) and score, the client's series as the rupture rule's SD needs it — the number of sessions with a
/// score, their mean and the sum of squared deviations from it (<c>var_samp × (n − 1)</c>), each session's several
/// responses of one form averaged (Dashboard/RuptureSpread). The dashboard then pools 10,000 rows per form instead of
/// parsing every client score of the study on each view.
/// <para>
/// A session mean is not a running sum (a second response of the form in one session changes it), so a write
/// recomputes the whole series of each dyad it touches — some twenty responses — in its own transaction: a response
/// stored, rescored or deleted; an invitation moved to another session, role or version, or deleted; a session renumbered,
/// moved or deleted. Deleting a dyad removes its rows by the foreign key. The dyads are locked first (<c>FOR NO KEY
/// UPDATE</c>, in key order), so a second writer of the same dyad waits and, under READ COMMITTED, recomputes with the
/// first one's rows in view; a transaction under REPEATABLE READ or SERIALIZABLE (the import) sees only its snapshot,
/// so a web submission to the same dyad committed meanwhile would be missed there until the dyad's next write.
/// </para>
/// <para>
/// The functions plan with <c>enable_seqscan = off</c> and <c>join_collapse_limit = 1</c> (joins in the order written,
/// through the indexes): inside a bulk write the tables have no statistics yet — the large-study seed COPYs its
/// responses in the transaction that inserted their sessions and links — and the planner then joined the study's
/// links by (study_id, role) before the sessions, once per dyad, which made the 2,000-dyad seed run for 10 minutes.
/// </para>
/// <para>
/// <see cref="Create"/> is what migration ClientScoreSpreads ran: never change the SQL it produces. Migration
/// DyadSummaries (<see cref="DyadSummariesSql"/>) replaced the refresh and the invitations' trigger function since, to
/// keep each series' largest drop and each client form version's latest submitted scores as well.
/// </para>
/// </summary>
internal static class ScoreSpreadsSql
{
    /// <summary>
    /// Every client's series in the dyads of <paramref name="dyads"/> (a FROM item with <c>study_id, dyad_id</c>):
    /// the migration's backfill over all dyads, a trigger's recomputation, and the tests' recount.
    /// </summary>
    public static string Series(string dyads) => $"""
        SELECT p.study_id, p.instrument_id, p.score_id, p.dyad_id, count(*)::int AS sessions, avg(p.score) AS mean,
            coalesce(var_samp(p.score) * (count(*) - 1), 0) AS squares
        FROM (
            SELECT s.study_id, s.dyad_id, v.instrument_id, k.key AS score_id, s.number, avg(k.value::float8) AS score
            FROM {dyads}
            JOIN sessions s ON s.study_id = x.study_id AND s.dyad_id = x.dyad_id
            JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id AND i.role = 'client'
            JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
            JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
            CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(r.scores) = 'object' THEN r.scores ELSE jsonb_build_object() END) k
            WHERE k.value IS NOT NULL
            GROUP BY s.study_id, s.dyad_id, v.instrument_id, k.key, s.number) p
        GROUP BY p.study_id, p.instrument_id, p.score_id, p.dyad_id
        """;

    /// <summary>Recomputes the dyads of <paramref name="dyads"/> (a query of <c>study_id, dyad_id</c>, duplicates allowed).</summary>
    internal static string Refresh(string dyads) => $"""
        PERFORM client_score_spreads_refresh(array_agg(x.study_id), array_agg(x.dyad_id))
        FROM (SELECT DISTINCT study_id, dyad_id FROM ({dyads}) y) x
        HAVING count(*) > 0;
        """;

    /// <summary>The dyads of the client invitations of response rows in transition table <paramref name="table"/>.</summary>
    private static string DyadsOfResponses(string table) => $"""
        SELECT s.study_id, s.dyad_id FROM {table} r
        JOIN invitations i ON i.study_id = r.study_id AND i.invitation_id = r.invitation_id AND i.role = 'client'
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        """;

    /// <summary>The dyads of the sessions of invitation rows in transition table <paramref name="table"/>.</summary>
    internal static string DyadsOfInvitations(string table) => $"""
        SELECT s.study_id, s.dyad_id FROM {table} i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        """;

    /// <summary>
    /// The dyads of the old and new sessions of links moved to another session, role or version; a status change (a
    /// submission, the expiry job) moves nothing, so those statements refresh no dyad here.
    /// </summary>
    internal const string DyadsOfMovedInvitations = """
        SELECT s.study_id, s.dyad_id
        FROM new_invitations n
        JOIN old_invitations o ON o.study_id = n.study_id AND o.invitation_id = n.invitation_id
        CROSS JOIN LATERAL (VALUES (n.session_id), (o.session_id)) AS m(session_id)
        JOIN sessions s ON s.study_id = n.study_id AND s.session_id = m.session_id
        WHERE (n.session_id, n.role, n.instrument_version_id) IS DISTINCT FROM (o.session_id, o.role, o.instrument_version_id)
        """;

    public static readonly string Create = $"""
        CREATE TABLE client_score_spreads (
            study_id bigint NOT NULL,
            instrument_id text NOT NULL,
            score_id text NOT NULL,
            dyad_id uuid NOT NULL,
            sessions integer NOT NULL,
            mean double precision NOT NULL,
            squares double precision NOT NULL,
            CONSTRAINT pk_client_score_spreads PRIMARY KEY (study_id, instrument_id, score_id, dyad_id),
            CONSTRAINT fk_client_score_spreads_dyads FOREIGN KEY (study_id, dyad_id)
                REFERENCES dyads (study_id, dyad_id) ON DELETE CASCADE);
        CREATE INDEX ix_client_score_spreads_study_id_dyad_id ON client_score_spreads (study_id, dyad_id);

        INSERT INTO client_score_spreads (study_id, instrument_id, score_id, dyad_id, sessions, mean, squares)
        {Series("dyads x")};

        CREATE FUNCTION client_score_spreads_refresh(study_ids bigint[], dyad_ids uuid[]) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            PERFORM 1 FROM dyads d JOIN unnest(study_ids, dyad_ids) AS x(study_id, dyad_id) ON d.study_id = x.study_id AND d.dyad_id = x.dyad_id
            ORDER BY d.study_id, d.dyad_id FOR NO KEY UPDATE OF d;
            DELETE FROM client_score_spreads c USING unnest(study_ids, dyad_ids) AS x(study_id, dyad_id)
            WHERE c.study_id = x.study_id AND c.dyad_id = x.dyad_id;
            INSERT INTO client_score_spreads (study_id, instrument_id, score_id, dyad_id, sessions, mean, squares)
            {Series("unnest(study_ids, dyad_ids) AS x(study_id, dyad_id) JOIN dyads d ON d.study_id = x.study_id AND d.dyad_id = x.dyad_id")};
        END
        $$;

        CREATE FUNCTION client_score_spreads_responses() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                {Refresh(DyadsOfResponses("new_responses"))}
            ELSIF TG_OP = 'UPDATE' THEN
                {Refresh(DyadsOfResponses("""
                    (SELECT n.* FROM new_responses n JOIN old_responses o ON o.study_id = n.study_id AND o.response_id = n.response_id
                     WHERE (n.invitation_id, n.scores) IS DISTINCT FROM (o.invitation_id, o.scores)
                     UNION ALL
                     SELECT o.* FROM new_responses n JOIN old_responses o ON o.study_id = n.study_id AND o.response_id = n.response_id
                     WHERE (n.invitation_id, n.scores) IS DISTINCT FROM (o.invitation_id, o.scores))
                    """))}
            ELSE
                {Refresh(DyadsOfResponses("old_responses"))}
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER responses_spread_insert AFTER INSERT ON responses REFERENCING NEW TABLE AS new_responses
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_responses();
        CREATE TRIGGER responses_spread_update AFTER UPDATE ON responses
            REFERENCING OLD TABLE AS old_responses NEW TABLE AS new_responses
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_responses();
        CREATE TRIGGER responses_spread_delete AFTER DELETE ON responses REFERENCING OLD TABLE AS old_responses
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_responses();

        CREATE FUNCTION client_score_spreads_invitations() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {Refresh(DyadsOfMovedInvitations)}
            ELSE
                {Refresh(DyadsOfInvitations("old_invitations"))}
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER invitations_spread_update AFTER UPDATE ON invitations
            REFERENCING OLD TABLE AS old_invitations NEW TABLE AS new_invitations
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_invitations();
        CREATE TRIGGER invitations_spread_delete AFTER DELETE ON invitations REFERENCING OLD TABLE AS old_invitations
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_invitations();

        CREATE FUNCTION client_score_spreads_sessions() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {Refresh("""
                    SELECT n.study_id, n.dyad_id FROM new_sessions n
                    JOIN old_sessions o ON o.study_id = n.study_id AND o.session_id = n.session_id
                    WHERE (n.dyad_id, n.number) IS DISTINCT FROM (o.dyad_id, o.number)
                    UNION ALL
                    SELECT o.study_id, o.dyad_id FROM new_sessions n
                    JOIN old_sessions o ON o.study_id = n.study_id AND o.session_id = n.session_id
                    WHERE (n.dyad_id, n.number) IS DISTINCT FROM (o.dyad_id, o.number)
                    """)}
            ELSE
                -- After the cascade removed the sessions' links and responses: what remains of each dyad.
                {Refresh("SELECT study_id, dyad_id FROM old_sessions")}
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER sessions_spread_update AFTER UPDATE ON sessions
            REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_sessions();
        CREATE TRIGGER sessions_spread_delete AFTER DELETE ON sessions REFERENCING OLD TABLE AS old_sessions
            FOR EACH STATEMENT EXECUTE FUNCTION client_score_spreads_sessions();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS sessions_spread_delete ON sessions;
        DROP TRIGGER IF EXISTS sessions_spread_update ON sessions;
        DROP FUNCTION IF EXISTS client_score_spreads_sessions();
        DROP TRIGGER IF EXISTS invitations_spread_delete ON invitations;
        DROP TRIGGER IF EXISTS invitations_spread_update ON invitations;
        DROP FUNCTION IF EXISTS client_score_spreads_invitations();
        DROP TRIGGER IF EXISTS responses_spread_delete ON responses;
        DROP TRIGGER IF EXISTS responses_spread_update ON responses;
        DROP TRIGGER IF EXISTS responses_spread_insert ON responses;
        DROP FUNCTION IF EXISTS client_score_spreads_responses();
        DROP FUNCTION IF EXISTS client_score_spreads_refresh(bigint[], uuid[]);
        DROP TABLE IF EXISTS client_score_spreads;
        """;
}
