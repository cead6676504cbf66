using Alliance.Data.Dashboard;

namespace Alliance.Data.Migrations;

/// <summary>
/// SQL for the dashboard's kept per-dyad state (migration DyadSummaries, issue #21), so that the by-dyad table's count
/// orders and filters (rate, overdue, overdue only, alert) read one row per dyad instead of every link and score of the
/// study (Dashboard/DashboardDyads):
/// <list type="bullet">
/// <item><c>dyad_link_counts</c>: per dyad, its links in a final state — submitted, expired (marked so), withdrawn.</item>
/// <item><c>dyad_open_links</c>: per dyad, its links still <c>open</c> per due day, opening and expiry (none: −infinity and
/// infinity), whose state at the moment of reading InvitationStates' rule decides, as for <c>open_link_counts</c>.</item>
/// <item><c>client_score_spreads.max_drop</c>: per dyad, client form and score, the series' largest drop from one of
/// the <see cref="AlertRules.KeptSpan"/> rated sessions before a session to that session (max over sessions of the
/// highest of those before it minus its score; null with fewer than two sessions). A rupture alert needs a drop of at
/// least k·SD, and the SD is study-wide and moves with every answer, but the largest drop does not depend on it:
/// the reader compares it with k·SD.</item>
/// <item><c>client_latest_scores</c>: per dyad and client form version, the scores of its latest submitted response (by
/// session number), for the cutoff alerts: the reader takes, per form, the latest among the versions with cutoffs.</item>
/// </list>
/// <para>
/// The link counts are kept by the same statement triggers as <c>completion_counts</c> (<see cref="CompletionCountsSql"/>):
/// their rows now carry the dyad, and <see cref="Apply"/> adds the per-dyad upserts to the per-therapist ones. The drops and
/// latest scores are recomputed with the series per touched dyad under the dyad's row lock
/// (<see cref="ScoreSpreadsSql"/>), and also when a client link becomes submitted or stops being so (the latest scores
/// only). The migration replaces those functions (<c>CREATE OR REPLACE</c>, the triggers stay) and fills the new state
/// from what is stored.
/// </para>
/// </summary>
internal static class DyadSummariesSql
{
    /// <summary>The per-therapist upserts of <see cref="CompletionCountsSql"/> and, with <paramref name="dyads"/>, the per-dyad ones.</summary>
    private static string Apply(string rows, bool dyads) => CompletionCountsSql.Apply(rows) + (dyads ? $"""

        INSERT INTO dyad_link_counts AS c (study_id, dyad_id, submitted, expired, withdrawn)
        SELECT x.study_id, x.dyad_id,
            coalesce(sum(x.sign) FILTER (WHERE x.status = 'submitted'), 0),
            coalesce(sum(x.sign) FILTER (WHERE x.status = 'expired'), 0),
            coalesce(sum(x.sign) FILTER (WHERE x.status = 'withdrawn'), 0)
        FROM ({rows}) x
        WHERE x.status IN ('submitted', 'expired', 'withdrawn')
        GROUP BY x.study_id, x.dyad_id
        HAVING sum(x.sign) FILTER (WHERE x.status = 'submitted') <> 0
            OR sum(x.sign) FILTER (WHERE x.status = 'expired') <> 0
            OR sum(x.sign) FILTER (WHERE x.status = 'withdrawn') <> 0
        ORDER BY x.study_id, x.dyad_id
        ON CONFLICT (study_id, dyad_id) DO UPDATE SET
            submitted = c.submitted + excluded.submitted,
            expired = c.expired + excluded.expired,
            withdrawn = c.withdrawn + excluded.withdrawn;
        INSERT INTO dyad_open_links AS c (study_id, dyad_id, due_on, opens_at, expires_at, links)
        SELECT x.study_id, x.dyad_id, x.due_on, coalesce(x.opens_at, '-infinity'), coalesce(x.expires_at, 'infinity'), sum(x.sign)
        FROM ({rows}) x
        WHERE x.status = 'open'
        GROUP BY 1, 2, 3, 4, 5
        HAVING sum(x.sign) <> 0
        ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (study_id, dyad_id, due_on, opens_at, expires_at) DO UPDATE SET links = c.links + excluded.links;
        """ : "");

    /// <summary>Invitations of transition table <paramref name="table"/> with their current session, dyad and therapist.</summary>
    private static string Invitations(string table, int sign) => $"""
        SELECT i.study_id, d.therapist_id, d.dyad_id, {CompletionCountsSql.Keys}, {sign} AS sign
        FROM {table} i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
        """;

    /// <summary>
    /// The three count trigger functions of <see cref="CompletionCountsSql"/>, with the per-dyad tables kept too when
    /// <paramref name="dyads"/> (the migration's Up; its Down puts back functions that keep only the therapist tables).
    /// </summary>
    private static string CountFunctions(bool dyads) => $"""
        CREATE OR REPLACE FUNCTION completion_counts_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                {Apply(Invitations("new_invitations", 1), dyads)}
            ELSIF TG_OP = 'UPDATE' THEN
                {Apply(Invitations("new_invitations", 1) + " UNION ALL " + Invitations("old_invitations", -1), dyads)}
            ELSE
                {Apply(Invitations("old_invitations", -1), dyads)}
            END IF;
            RETURN NULL;
        END
        $$;

        CREATE OR REPLACE FUNCTION completion_counts_sessions() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {Apply($"""
                    SELECT i.study_id, d.therapist_id, d.dyad_id, {CompletionCountsSql.Keys}, s.sign
                    FROM (SELECT n.study_id, n.session_id, n.dyad_id, n.held_on, 1 AS sign
                          FROM new_sessions n JOIN old_sessions o ON o.study_id = n.study_id AND o.session_id = n.session_id
                          WHERE (n.dyad_id, n.held_on) IS DISTINCT FROM (o.dyad_id, o.held_on)
                          UNION ALL
                          SELECT o.study_id, o.session_id, o.dyad_id, o.held_on, -1
                          FROM new_sessions n JOIN old_sessions o ON o.study_id = n.study_id AND o.session_id = n.session_id
                          WHERE (n.dyad_id, n.held_on) IS DISTINCT FROM (o.dyad_id, o.held_on)) s
                    JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
                    JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
                    """, dyads)}
                RETURN NULL;
            END IF;
            -- BEFORE DELETE, per row: the session's links are still there to subtract. Without its dyad (a dyad being
            -- deleted subtracted them already) or its study (deleted whole), nothing is counted.
            {Apply($"""
                SELECT i.study_id, d.therapist_id, d.dyad_id, {CompletionCountsSql.Keys}, -1 AS sign
                FROM invitations i
                JOIN (SELECT OLD.held_on) AS s(held_on) ON true
                JOIN dyads d ON d.study_id = OLD.study_id AND d.dyad_id = OLD.dyad_id
                JOIN studies st ON st.study_id = OLD.study_id
                WHERE i.study_id = OLD.study_id AND i.session_id = OLD.session_id
                """, dyads)}
            RETURN OLD;
        END
        $$;

        CREATE OR REPLACE FUNCTION completion_counts_dyads() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                -- A therapist change moves the links between therapists; per dyad, the +1 and −1 rows cancel.
                {Apply($"""
                    SELECT i.study_id, d.therapist_id, d.dyad_id, {CompletionCountsSql.Keys}, d.sign
                    FROM (SELECT n.study_id, n.dyad_id, n.therapist_id, 1 AS sign
                          FROM new_dyads n JOIN old_dyads o ON o.study_id = n.study_id AND o.dyad_id = n.dyad_id
                          WHERE n.therapist_id <> o.therapist_id
                          UNION ALL
                          SELECT o.study_id, o.dyad_id, o.therapist_id, -1
                          FROM new_dyads n JOIN old_dyads o ON o.study_id = n.study_id AND o.dyad_id = n.dyad_id
                          WHERE n.therapist_id <> o.therapist_id) d
                    JOIN sessions s ON s.study_id = d.study_id AND s.dyad_id = d.dyad_id
                    JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
                    """, dyads)}
                RETURN NULL;
            END IF;
            -- BEFORE DELETE, per row, while its sessions and links are there (their own triggers then find no dyad). The
            -- dyad's own rows go with it by their foreign key.
            {Apply($"""
                SELECT i.study_id, OLD.therapist_id AS therapist_id, OLD.dyad_id AS dyad_id, {CompletionCountsSql.Keys}, -1 AS sign
                FROM sessions s
                JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id
                JOIN studies st ON st.study_id = OLD.study_id
                WHERE s.study_id = OLD.study_id AND s.dyad_id = OLD.dyad_id
                """, dyads)}
            RETURN OLD;
        END
        $$;
        """;

    /// <summary>Recounts every dyad's links in a final state from scratch: the backfill, and what the tests compare with.</summary>
    public const string RecountDyads = """
        SELECT i.study_id, s.dyad_id,
            count(*) FILTER (WHERE i.status = 'submitted')::int AS submitted,
            count(*) FILTER (WHERE i.status = 'expired')::int AS expired,
            count(*) FILTER (WHERE i.status = 'withdrawn')::int AS withdrawn
        FROM invitations i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        WHERE i.status IN ('submitted', 'expired', 'withdrawn')
        GROUP BY i.study_id, s.dyad_id
        """;

    /// <summary>Recounts every dyad's open links from scratch, like <see cref="RecountDyads"/>.</summary>
    public const string RecountDyadOpen = $"""
        SELECT i.study_id, s.dyad_id, {CompletionCountsSql.DueOn} AS due_on,
            coalesce(i.opens_at, '-infinity') AS opens_at, coalesce(i.expires_at, 'infinity') AS expires_at, count(*)::int AS links
        FROM invitations i
        JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
        WHERE i.status = 'open'
        GROUP BY 1, 2, 3, 4, 5
        """;

    /// <summary>
    /// Every client's series in the dyads of <paramref name="dyads"/> (a FROM item with <c>study_id, dyad_id</c>), as
    /// <see cref="ScoreSpreadsSql.Series"/> with the largest drop: the backfill, the recomputation and the tests' recount.
    /// </summary>
    public static string Series(string dyads) => $"""
        SELECT p.study_id, p.instrument_id, p.score_id, p.dyad_id, count(*)::int AS sessions, avg(p.score) AS mean,
            coalesce(var_samp(p.score) * (count(*) - 1), 0) AS squares, max(p.before - p.score) AS max_drop
        FROM (
            SELECT q.study_id, q.dyad_id, q.instrument_id, q.score_id, q.score,
                max(q.score) OVER (PARTITION BY q.study_id, q.dyad_id, q.instrument_id, q.score_id ORDER BY q.number
                    ROWS BETWEEN {AlertRules.KeptSpan} PRECEDING AND 1 PRECEDING) AS before
            FROM (
                SELECT s.study_id, s.dyad_id, v.instrument_id, k.key AS score_id, s.number, avg(k.value::float8) AS score
                FROM {dyads}
                JOIN sessions s ON s.study_id = x.study_id AND s.dyad_id = x.dyad_id
                JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id AND i.role = 'client'
                JOIN instrument_versions v ON v.study_id = i.study_id AND v.instrument_version_id = i.instrument_version_id
                JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
                CROSS JOIN LATERAL jsonb_each_text(CASE WHEN jsonb_typeof(r.scores) = 'object' THEN r.scores ELSE jsonb_build_object() END) k
                WHERE k.value IS NOT NULL
                GROUP BY s.study_id, s.dyad_id, v.instrument_id, k.key, s.number) q) p
        GROUP BY p.study_id, p.instrument_id, p.score_id, p.dyad_id
        """;

    /// <summary>
    /// Per dyad of <paramref name="dyads"/> and client form version, the latest submitted response's session number and
    /// scores (ties in one session: the later submission).
    /// </summary>
    public static string Latest(string dyads) => $"""
        SELECT DISTINCT ON (s.study_id, s.dyad_id, i.instrument_version_id)
            s.study_id, s.dyad_id, i.instrument_version_id, s.number, r.scores
        FROM {dyads}
        JOIN sessions s ON s.study_id = x.study_id AND s.dyad_id = x.dyad_id
        JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id AND i.role = 'client' AND i.status = 'submitted'
        JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
        ORDER BY s.study_id, s.dyad_id, i.instrument_version_id, s.number DESC, r.submitted_at DESC, r.response_id DESC
        """;

    private const string Lock = """
        PERFORM 1 FROM dyads d JOIN unnest(study_ids, dyad_ids) AS x(study_id, dyad_id) ON d.study_id = x.study_id AND d.dyad_id = x.dyad_id
        ORDER BY d.study_id, d.dyad_id FOR NO KEY UPDATE OF d;
        """;

    private const string Given = "unnest(study_ids, dyad_ids) AS x(study_id, dyad_id) JOIN dyads d ON d.study_id = x.study_id AND d.dyad_id = x.dyad_id";

    private static readonly string RefreshLatest = $"""
        DELETE FROM client_latest_scores c USING unnest(study_ids, dyad_ids) AS x(study_id, dyad_id)
        WHERE c.study_id = x.study_id AND c.dyad_id = x.dyad_id;
        INSERT INTO client_latest_scores (study_id, dyad_id, instrument_version_id, number, scores)
        {Latest(Given)};
        """;

    /// <summary>The client links of an update whose submitted state changed (a submission; a reissue of a submitted link).</summary>
    private const string DyadsOfSubmittedChanges = """
        SELECT s.study_id, s.dyad_id
        FROM new_invitations n
        JOIN old_invitations o ON o.study_id = n.study_id AND o.invitation_id = n.invitation_id
        JOIN sessions s ON s.study_id = n.study_id AND s.session_id = n.session_id
        WHERE n.role = 'client' AND (n.status = 'submitted') <> (o.status = 'submitted')
        """;

    /// <summary>
    /// The series' recomputation per dyad (<see cref="ScoreSpreadsSql"/>'s function, same name and arguments) with the
    /// drops and the latest scores, and the invitations' trigger function, which now also refreshes the latest scores
    /// of a dyad whose client link became submitted or stopped being so.
    /// </summary>
    private static readonly string SeriesFunctions = $"""
        CREATE OR REPLACE FUNCTION client_score_spreads_refresh(study_ids bigint[], dyad_ids uuid[]) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            {Lock}
            DELETE FROM client_score_spreads c USING unnest(study_ids, dyad_ids) AS x(study_id, dyad_id)
            WHERE c.study_id = x.study_id AND c.dyad_id = x.dyad_id;
            INSERT INTO client_score_spreads (study_id, instrument_id, score_id, dyad_id, sessions, mean, squares, max_drop)
            {Series(Given)};
            {RefreshLatest}
        END
        $$;

        CREATE FUNCTION client_latest_scores_refresh(study_ids bigint[], dyad_ids uuid[]) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            {Lock}
            {RefreshLatest}
        END
        $$;

        CREATE OR REPLACE FUNCTION client_score_spreads_invitations() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {ScoreSpreadsSql.Refresh(ScoreSpreadsSql.DyadsOfMovedInvitations)}
                PERFORM client_latest_scores_refresh(array_agg(x.study_id), array_agg(x.dyad_id))
                FROM (SELECT DISTINCT study_id, dyad_id FROM ({DyadsOfSubmittedChanges}) y) x
                HAVING count(*) > 0;
            ELSE
                {ScoreSpreadsSql.Refresh(ScoreSpreadsSql.DyadsOfInvitations("old_invitations"))}
            END IF;
            RETURN NULL;
        END
        $$;
        """;

    /// <summary>The two functions as ClientScoreSpreads made them, for the migration's Down.</summary>
    private static readonly string OldSeriesFunctions = $"""
        DROP FUNCTION client_latest_scores_refresh(bigint[], uuid[]);
        CREATE OR REPLACE FUNCTION client_score_spreads_refresh(study_ids bigint[], dyad_ids uuid[]) RETURNS void LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            {Lock}
            DELETE FROM client_score_spreads c USING unnest(study_ids, dyad_ids) AS x(study_id, dyad_id)
            WHERE c.study_id = x.study_id AND c.dyad_id = x.dyad_id;
            INSERT INTO client_score_spreads (study_id, instrument_id, score_id, dyad_id, sessions, mean, squares)
            {ScoreSpreadsSql.Series(Given)};
        END
        $$;

        CREATE OR REPLACE FUNCTION client_score_spreads_invitations() RETURNS trigger LANGUAGE plpgsql SET enable_seqscan = off SET join_collapse_limit = 1 AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                {ScoreSpreadsSql.Refresh(ScoreSpreadsSql.DyadsOfMovedInvitations)}
            ELSE
                {ScoreSpreadsSql.Refresh(ScoreSpreadsSql.DyadsOfInvitations("old_invitations"))}
            END IF;
            RETURN NULL;
        END
        $$;
        """;

    public static readonly string Create = $"""
        CREATE TABLE dyad_link_counts (
            study_id bigint NOT NULL,
            dyad_id uuid NOT NULL,
            submitted integer NOT NULL,
            expired integer NOT NULL,
            withdrawn integer NOT NULL,
            CONSTRAINT pk_dyad_link_counts PRIMARY KEY (study_id, dyad_id),
            CONSTRAINT fk_dyad_link_counts_dyads FOREIGN KEY (study_id, dyad_id) REFERENCES dyads (study_id, dyad_id) ON DELETE CASCADE);

        CREATE TABLE dyad_open_links (
            study_id bigint NOT NULL,
            dyad_id uuid NOT NULL,
            due_on date NOT NULL,
            opens_at timestamp with time zone NOT NULL,
            expires_at timestamp with time zone NOT NULL,
            links integer NOT NULL,
            CONSTRAINT pk_dyad_open_links PRIMARY KEY (study_id, dyad_id, due_on, opens_at, expires_at),
            CONSTRAINT fk_dyad_open_links_dyads FOREIGN KEY (study_id, dyad_id) REFERENCES dyads (study_id, dyad_id) ON DELETE CASCADE);

        CREATE TABLE client_latest_scores (
            study_id bigint NOT NULL,
            dyad_id uuid NOT NULL,
            instrument_version_id uuid NOT NULL,
            number integer NOT NULL,
            scores jsonb,
            CONSTRAINT pk_client_latest_scores PRIMARY KEY (study_id, dyad_id, instrument_version_id),
            CONSTRAINT fk_client_latest_scores_dyads FOREIGN KEY (study_id, dyad_id) REFERENCES dyads (study_id, dyad_id) ON DELETE CASCADE);

        ALTER TABLE client_score_spreads ADD COLUMN max_drop double precision;

        INSERT INTO dyad_link_counts (study_id, dyad_id, submitted, expired, withdrawn) {RecountDyads};
        INSERT INTO dyad_open_links (study_id, dyad_id, due_on, opens_at, expires_at, links) {RecountDyadOpen};
        DELETE FROM client_score_spreads;
        INSERT INTO client_score_spreads (study_id, instrument_id, score_id, dyad_id, sessions, mean, squares, max_drop)
        {Series("dyads x")};
        INSERT INTO client_latest_scores (study_id, dyad_id, instrument_version_id, number, scores)
        {Latest("dyads x")};
        -- Statistics now, not at autovacuum's next visit: the dashboard's first reads plan by them.
        ANALYZE dyad_link_counts, dyad_open_links, client_score_spreads, client_latest_scores;

        {CountFunctions(true)}
        {SeriesFunctions}
        """;

    public static readonly string Drop = $"""
        {CountFunctions(false)}
        {OldSeriesFunctions}
        ALTER TABLE client_score_spreads DROP COLUMN max_drop;
        DROP TABLE client_latest_scores;
        DROP TABLE dyad_open_links;
        DROP TABLE dyad_link_counts;
        """;
}
