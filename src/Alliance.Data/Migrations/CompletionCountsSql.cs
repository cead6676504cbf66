namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for the dashboard's kept link counts (migration DashboardSummaries, issue #21). <c>completion_counts</c>: per
/// study, therapist and session day, the links in a final state — submitted, expired (marked so), withdrawn.
/// <c>open_link_counts</c>: the links still <c>open</c>, per therapist, session day, due day, opening and expiry (none:
/// −infinity and infinity), which is all that decides whether such a link is open, overdue or expired at the moment
/// the dashboard reads it (Dashboard/InvitationStates). Links of one session share their opening and expiry, so both
/// tables hold about one row per therapist and day, and the dashboard reads some 20,000 rows for 440,000 links.
/// <para>
/// Triggers keep the tables true in the transaction of every write that changes what it counts, whichever code makes
/// it: an invitation inserted, changed (submission, withdrawal, reissue, the expiry job, imports) or deleted; a
/// session whose day or dyad changes or that is deleted; a dyad whose therapist changes or that is deleted. Each adds
/// the difference it makes (new rows +1, old rows −1, grouped per key) with <c>INSERT … ON CONFLICT DO UPDATE SET n =
/// n + excluded.n</c>: under READ COMMITTED an increment waits for a concurrent writer of the same row and adds to its
/// committed value, so two submissions at once never lose one (recomputing a key from a snapshot could). Keys are
/// written in key order, so two writers wait for each other instead of deadlocking. Invitation triggers run once per
/// statement over transition tables: a batch of submissions or of expired links costs one grouped upsert per table. Deletions
/// of sessions and dyads subtract their links before the cascade removes them (the cascade's own invitation trigger
/// then finds no session and adds nothing); a study being deleted is left to its own cascade.
/// </para>
/// <para>A row may hold zeros after links moved away from its key (answered, expired); readers skip such rows.</para>
/// <para>
/// <see cref="Create"/> is what migration DashboardSummaries ran: never change the SQL it produces. The trigger
/// functions were replaced since by migration DyadSummaries (<see cref="DyadSummariesSql"/>), which reuses
/// <see cref="Apply"/> and the key columns here and adds the per-dyad tables.
/// </para>
/// </summary>
internal static class CompletionCountsSql
{
    /// <summary>
    /// The upserts of the differences in <paramref name="rows"/>, a query of <c>(study_id, therapist_id, day, due_on,
    /// opens_at, expires_at, status, sign)</c>: one row per invitation counted, with +1 to add it under its key and −1 to
    /// take it away. Links in a final state count in <c>completion_counts</c>, open ones in <c>open_link_counts</c>.
    /// </summary>
    internal static string Apply(string rows) => $"""
        INSERT INTO completion_counts AS c (study_id, therapist_id, day, submitted, expired, withdrawn)
        SELECT x.study_id, x.therapist_id, x.day,
            coalesce(sum(x.sign) FILTER (WHERE x.status = 'submitted'), 0),
            coalesce(sum(x.sign) FILTER (WHERE x.status = 'expired'), 0),
            coalesce(sum(x.sign) FILTER (WHERE x.status = 'withdrawn'), 0)
        FROM ({rows}) x
        WHERE x.status IN ('submitted', 'expired', 'withdrawn')
        GROUP BY x.study_id, x.therapist_id, x.day
        HAVING sum(x.sign) FILTER (WHERE x.status = 'submitted') <> 0
            OR sum(x.sign) FILTER (WHERE x.status = 'expired') <> 0
            OR sum(x.sign) FILTER (WHERE x.status = 'withdrawn') <> 0
        ORDER BY x.study_id, x.therapist_id, x.day
        ON CONFLICT (study_id, therapist_id, day) DO UPDATE SET
            submitted = c.submitted + excluded.submitted,
            expired = c.expired + excluded.expired,
            withdrawn = c.withdrawn + excluded.withdrawn;
        INSERT INTO open_link_counts AS c (study_id, therapist_id, day, due_on, opens_at, expires_at, links)
        SELECT x.study_id, x.therapist_id, x.day, x.due_on, coalesce(x.opens_at, '-infinity'), coalesce(x.expires_at, 'infinity'),
            sum(x.sign)
        FROM ({rows}) x
        WHERE x.status = 'open'
        GROUP BY 1, 2, 3, 4, 5, 6
        HAVING sum(x.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5, 6
        ON CONFLICT (study_id, therapist_id, day, due_on, opens_at, expires_at) DO UPDATE SET links = c.links + excluded.links;
        """;

    /// <summary>The session day of invitation <c>i</c> of session <c>s</c>, as the dashboard's weeks use it.</summary>
    private const string Day = "coalesce(s.held_on, (i.created_at AT TIME ZONE 'UTC')::date)";

    /// <summary>The due day of invitation <c>i</c> of session <c>s</c> (Dashboard/InvitationStates' <c>due_on</c>).</summary>
    internal const string DueOn = """
        CASE WHEN s.held_on IS NULL THEN (i.created_at AT TIME ZONE 'UTC')::date
             WHEN i.opens_at IS NOT NULL THEN (i.opens_at AT TIME ZONE 'UTC')::date
             ELSE s.held_on END
        """;

    /// <summary>The columns after the therapist that <see cref="Apply"/> reads, for invitation <c>i</c> of session <c>s</c>.</summary>
    internal const string Keys = $"{Day} AS day, {DueOn} AS due_on, i.opens_at, i.expires_at, i.status";

    /// <summary>Invitations of transition table <paramref name="table"/> with their current session and dyad.</summary>
    private static string Invitations(string table, int sign) => $"""
        SELECT i.study_id, d.therapist_id, {Keys}, {sign} AS sign
        FROM {table} i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        """;

    /// <summary>Recounts every study from scratch: the migration's backfill, and what the tests compare the table with.</summary>
    public const string Recount = $"""
        SELECT i.study_id, d.therapist_id, {Day} AS day,
            count(*) FILTER (WHERE i.status = 'submitted')::int AS submitted,
            count(*) FILTER (WHERE i.status = 'expired')::int AS expired,
            count(*) FILTER (WHERE i.status = 'withdrawn')::int AS withdrawn
        FROM invitations i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        WHERE i.status IN ('submitted', 'expired', 'withdrawn')
        GROUP BY i.study_id, d.therapist_id, {Day}
        """;

    /// <summary>Recounts the open links of every study from scratch, like <see cref="Recount"/>.</summary>
    public const string RecountOpen = $"""
        SELECT i.study_id, d.therapist_id, {Day} AS day, {DueOn} AS due_on,
            coalesce(i.opens_at, '-infinity') AS opens_at, coalesce(i.expires_at, 'infinity') AS expires_at, count(*)::int AS links
        FROM invitations i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        WHERE i.status = 'open'
        GROUP BY 1, 2, 3, 4, 5, 6
        """;

    public static readonly string Create = $"""
        CREATE TABLE completion_counts (
            study_id bigint NOT NULL,
            therapist_id uuid NOT NULL,
            day date NOT NULL,
            submitted integer NOT NULL,
            expired integer NOT NULL,
            withdrawn integer NOT NULL,
            CONSTRAINT pk_completion_counts PRIMARY KEY (study_id, therapist_id, day),
            CONSTRAINT fk_completion_counts_therapists FOREIGN KEY (study_id, therapist_id)
                REFERENCES therapists (study_id, therapist_id) ON DELETE CASCADE);

        CREATE TABLE open_link_counts (
            study_id bigint NOT NULL,
            therapist_id uuid NOT NULL,
            day date NOT NULL,
            due_on date NOT NULL,
            opens_at timestamp with time zone NOT NULL,
            expires_at timestamp with time zone NOT NULL,
            links integer NOT NULL,
            CONSTRAINT pk_open_link_counts PRIMARY KEY (study_id, therapist_id, day, due_on, opens_at, expires_at),
            CONSTRAINT fk_open_link_counts_therapists FOREIGN KEY (study_id, therapist_id)
                REFERENCES therapists (study_id, therapist_id) ON DELETE CASCADE);

        INSERT INTO completion_counts (study_id, therapist_id, day, submitted, expired, withdrawn) {Recount};
        INSERT INTO open_link_counts (study_id, therapist_id, day, due_on, opens_at, expires_at, links) {RecountOpen};

        CREATE FUNCTION completion_counts_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                {Apply(Invitations("new_invitations", 1))}
            ELSIF TG_OP = 'UPDATE' THEN
                {Apply(Invitations("new_invitations", 1) + " UNION ALL " + Invitations("old_invitations", -1))}
            ELSE
                {Apply(Invitations("old_invitations", -1))}
            END IF;
            RETURN NULL;
        END
        $$;
        CREATE TRIGGER invitations_count_insert AFTER INSERT ON invitations REFERENCING NEW TABLE AS new_invitations
            FOR EACH STATEMENT EXECUTE FUNCTION completion_counts_invitations();
        CREATE TRIGGER invitations_count_update AFTER UPDATE ON invitations
            REFERENCING OLD TABLE AS old_invitations NEW TABLE AS new_invitations
            FOR EACH STATEMENT EXECUTE FUNCTION completion_counts_invitations();
        CREATE TRIGGER invitations_count_delete AFTER DELETE ON invitations REFERENCING OLD TABLE AS old_invitations
            FOR EACH STATEMENT EXECUTE FUNCTION completion_counts_invitations();

        CREATE FUNCTION completion_counts_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {Apply($"""
                    SELECT i.study_id, d.therapist_id, {Keys}, s.sign
                    FROM (SELECT n.study_id, n.session_id, n.dyad_id, n.held_on, 1 AS sign
                          FROM new_sessions n JOIN old_sessions o ON o.study_id = n.study_id AND o.session_id = n.session_id
                          WHERE (n.dyad_id, n.held_on) IS DISTINCT FROM (o.dyad_id, o.held_on)
                          UNION ALL
                          SELECT o.study_id, o.session_id, o.dyad_id, o.held_on, -1
                          FROM new_sessions n JOIN old_sessions o ON o.study_id = n.study_id AND o.session_id = n.session_id
                          WHERE (n.dyad_id, n.held_on) IS DISTINCT FROM (o.dyad_id, o.held_on)) s
                    JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
                    JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
                    """)}
                RETURN NULL;
            END IF;
            -- BEFORE DELETE, per row: the session's links are still there to subtract. Without its dyad (a dyad being
            -- deleted subtracted them already) or its study (deleted whole), nothing is counted.
            {Apply($"""
                SELECT i.study_id, d.therapist_id, {Keys}, -1 AS sign
                FROM invitations i
                JOIN (SELECT OLD.held_on) AS s(held_on) ON true
                JOIN dyads d ON d.study_id = OLD.study_id AND d.dyad_id = OLD.dyad_id
                JOIN studies st ON st.study_id = OLD.study_id
                WHERE i.study_id = OLD.study_id AND i.session_id = OLD.session_id
                """)}
            RETURN OLD;
        END
        $$;
        CREATE TRIGGER sessions_count_update AFTER UPDATE ON sessions
            REFERENCING OLD TABLE AS old_sessions NEW TABLE AS new_sessions
            FOR EACH STATEMENT EXECUTE FUNCTION completion_counts_sessions();
        CREATE TRIGGER sessions_count_delete BEFORE DELETE ON sessions
            FOR EACH ROW EXECUTE FUNCTION completion_counts_sessions();

        CREATE FUNCTION completion_counts_dyads() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {Apply($"""
                    SELECT i.study_id, d.therapist_id, {Keys}, d.sign
                    FROM (SELECT n.study_id, n.dyad_id, n.therapist_id, 1 AS sign
                          FROM new_dyads n JOIN old_dyads o ON o.study_id = n.study_id AND o.dyad_id = n.dyad_id
                          WHERE n.therapist_id <> o.therapist_id
                          UNION ALL
                          SELECT o.study_id, o.dyad_id, o.therapist_id, -1
                          FROM new_dyads n JOIN old_dyads o ON o.study_id = n.study_id AND o.dyad_id = n.dyad_id
                          WHERE n.therapist_id <> o.therapist_id) d
                    JOIN sessions s ON s.study_id = d.study_id AND s.dyad_id = d.dyad_id
                    JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
                    """)}
                RETURN NULL;
            END IF;
            -- BEFORE DELETE, per row, while its sessions and links are there (their own triggers then find no dyad).
            {Apply($"""
                SELECT i.study_id, OLD.therapist_id AS therapist_id, {Keys}, -1 AS sign
                FROM sessions s
                JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
                JOIN studies st ON st.study_id = OLD.study_id
                WHERE s.study_id = OLD.study_id AND s.dyad_id = OLD.dyad_id
                """)}
            RETURN OLD;
        END
        $$;
        CREATE TRIGGER dyads_count_update AFTER UPDATE ON dyads
            REFERENCING OLD TABLE AS old_dyads NEW TABLE AS new_dyads
            FOR EACH STATEMENT EXECUTE FUNCTION completion_counts_dyads();
        CREATE TRIGGER dyads_count_delete BEFORE DELETE ON dyads
            FOR EACH ROW EXECUTE FUNCTION completion_counts_dyads();
        """;

    public const string Drop = """
        DROP TRIGGER IF EXISTS dyads_count_delete ON dyads;
        DROP TRIGGER IF EXISTS dyads_count_update ON dyads;
        DROP FUNCTION IF EXISTS completion_counts_dyads();
        DROP TRIGGER IF EXISTS sessions_count_delete ON sessions;
        DROP TRIGGER IF EXISTS sessions_count_update ON sessions;
        DROP FUNCTION IF EXISTS completion_counts_sessions();
        DROP TRIGGER IF EXISTS invitations_count_delete ON invitations;
        DROP TRIGGER IF EXISTS invitations_count_update ON invitations;
        DROP TRIGGER IF EXISTS invitations_count_insert ON invitations;
        DROP FUNCTION IF EXISTS completion_counts_invitations();
        DROP TABLE IF EXISTS open_link_counts;
        DROP TABLE IF EXISTS completion_counts;
        """;
}
