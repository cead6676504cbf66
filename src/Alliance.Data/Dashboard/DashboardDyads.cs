using Alliance.Data.Paging;
using Npgsql;

namespace Alliance.Data.Dashboard;

/// <summary>
/// A page of the dashboard's by-dyad table, counted in SQL (<see cref="InvitationStates"/>): the visible dyads that
/// pass the filter, in the order asked, with their counts. Sorting by code or therapist with no count filter picks the
/// page's dyads first and counts only theirs. Sorting or filtering on counts (rate, overdue, overdue only, alert) picks
/// the page's dyads by the kept per-dyad state (migration DyadSummaries: one row of final-state counts per dyad, its few
/// open links, and per client form its largest drop and latest scores) and then counts those dyads as the first way
/// does, so a row shows the same either way. The scan — every visible dyad counted over the study's sessions and
/// invitations, the alerts found from every client score — remains for alert rules the kept state cannot answer
/// (<see cref="AlertRules.Kept"/>) and for the tests, which compare both ways.
/// </summary>
public static class DashboardDyads
{
    public static Task<Page<DyadCounts>> PageAsync(AllianceDbContext db, DashboardScope scope, DyadFilter filter, DyadSort sort,
        AlertRules? alerts, PageRequest request, CancellationToken ct) => PageAsync(db, scope, filter, sort, alerts, request, false, ct);

    /// <summary>The page, with <paramref name="scan"/> by counting every visible dyad and scanning every client score.</summary>
    internal static async Task<Page<DyadCounts>> PageAsync(AllianceDbContext db, DashboardScope scope, DyadFilter filter, DyadSort sort,
        AlertRules? alerts, PageRequest request, bool scan, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(filter);
        var alertFilter = filter.Alert && alerts is not null;
        var (rows, total) = await ReadAsync(db, scope, filter, sort, alertFilter ? alerts : null, request, scan, ct).ConfigureAwait(false);
        if (rows.Count == 0 && request.Number > 1)
        {
            // Past the last page (a bookmark to a list that shrank): read the last page that has rows.
            var first = await ReadAsync(db, scope, filter, sort, alertFilter ? alerts : null, new PageRequest(1, request.Size), scan, ct)
                .ConfigureAwait(false);
            request = request.Within(first.Total);
            (rows, total) = await ReadAsync(db, scope, filter, sort, alertFilter ? alerts : null, request, scan, ct).ConfigureAwait(false);
        }
        return new Page<DyadCounts>(rows, request, total);
    }

    private static async Task<(List<DyadCounts> Rows, long Total)> ReadAsync(AllianceDbContext db, DashboardScope scope, DyadFilter filter,
        DyadSort sort, AlertRules? alerts, PageRequest request, bool scan, CancellationToken ct)
    {
        var order = sort switch
        {
            DyadSort.Therapist => "therapist COLLATE \"C\", code",
            DyadSort.Rate => "submitted::float8 / nullif(submitted + overdue + expired, 0) NULLS LAST, code",
            DyadSort.Overdue => "overdue DESC, code",
            _ => "code",
        };
        var countsFirst = filter.Overdue || alerts is not null || sort is DyadSort.Rate or DyadSort.Overdue;
        var alerted = alerts is null ? null : !scan && alerts.Kept ? AlertedDyads.KeptCte : AlertedDyads.Cte;
        var sql = !countsFirst ? PagedThenCounted(order) : scan ? CountedThenPaged(order, alerted) : KeptThenCounted(order, alerted);
        var parameters = new List<NpgsqlParameter>
        {
            DashboardCommand.Text("therapist", filter.Therapist),
            DashboardCommand.Text("arm", filter.Arm),
            new NpgsqlParameter<bool>("overdue_only", filter.Overdue),
            new NpgsqlParameter<int>("limit", request.Size),
            new NpgsqlParameter<int>("offset", request.Offset),
        };
        if (alerts is not null)
        {
            parameters.AddRange(AlertedDyads.Parameters(alerts));
        }
        long total = 0;
        var rows = await DashboardCommand.ReadAsync(db, sql, DashboardCommand.Of(scope).Concat(parameters), r =>
        {
            total = r.GetInt64(12);
            return new DyadCounts(r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4),
                r.GetInt32(5), DashboardCommand.Counts(r, 6));
        }, ct).ConfigureAwait(false);
        return (rows, total);
    }

    /// <summary>
    /// The visible dyads the filter lets through, with their therapist's code (the therapist filter and order need it
    /// for every dyad) and their client's id: the client's code is read for the page's rows only (<see cref="Columns"/>;
    /// joining every client of a 10,000-dyad study to show 50 took most of the page statement).
    /// </summary>
    private const string Filtered = """
        filtered AS NOT MATERIALIZED (
            SELECT v.study_id, v.dyad_id, v.code, t.code AS therapist, v.client_id, v.arm
            FROM visible v
            JOIN therapists t ON t.study_id = v.study_id AND t.therapist_id = v.therapist_id
            WHERE (@therapist::text IS NULL OR t.code = @therapist) AND (@arm::text IS NULL OR v.arm = @arm))
        """;

    /// <summary>
    /// Counts per dyad of the dyads in CTE <paramref name="dyads"/> (which has study_id and dyad_id): per session first,
    /// then per dyad, so the sessions are counted without a <c>count(DISTINCT)</c> (which sorted 171,768 rows on disk).
    /// </summary>
    private static string Counted(string dyads) => $"""
        SELECT g.dyad_id, count(*)::int AS sessions, {InvitationStates.Sums}
        FROM (SELECT f.dyad_id, f.number, {InvitationStates.Counts}
              FROM (SELECT s.dyad_id, s.number, {InvitationStates.Flags}
                    FROM {dyads} x
                    JOIN sessions s ON s.study_id = x.study_id AND s.dyad_id = x.dyad_id
                    JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id) f
              GROUP BY f.dyad_id, f.number) g
        GROUP BY g.dyad_id
        """;

    private const string Columns = """
        p.dyad_id, p.code, p.therapist,
        (SELECT c.code FROM clients c WHERE c.study_id = p.study_id AND c.client_id = p.client_id) AS client, p.arm, coalesce(n.sessions, 0) AS sessions, coalesce(n.issued, 0) AS issued,
        coalesce(n.submitted, 0) AS submitted, coalesce(n.open, 0) AS open, coalesce(n.overdue, 0) AS overdue,
        coalesce(n.expired, 0) AS expired, coalesce(n.withdrawn, 0) AS withdrawn
        """;

    private static string PagedThenCounted(string order) => $"""
        WITH visible AS NOT MATERIALIZED ({InvitationStates.Visible}),
        {Filtered},
        paged AS (SELECT *, count(*) OVER () AS total FROM filtered ORDER BY {order} LIMIT @limit OFFSET @offset),
        counted AS ({Counted("paged")})
        SELECT {Columns}, p.total FROM paged p LEFT JOIN counted n ON n.dyad_id = p.dyad_id
        ORDER BY {order}
        """;

    /// <summary>
    /// The page by the kept per-dyad counts (<c>dyad_link_counts</c>, and <c>dyad_open_links</c> decided at
    /// <c>@now</c> by <see cref="InvitationStates.KeptOpenCounts"/>), then its dyads counted like <see cref="PagedThenCounted"/>.
    /// The kept figures give the same order as the counts, which the final order cannot name (the page's and the counts'
    /// columns share names), so the page carries its place.
    /// </summary>
    private static string KeptThenCounted(string order, string? alerted) => $"""
        WITH visible AS NOT MATERIALIZED ({InvitationStates.Visible}),
        {(alerted is null ? "" : alerted + ",")}
        {Filtered},
        kept AS (
            SELECT f.study_id, f.dyad_id, f.code, f.therapist, f.client_id, f.arm, coalesce(k.submitted, 0) AS submitted,
                coalesce(k.expired, 0) + coalesce(o.expired, 0) AS expired, coalesce(o.overdue, 0) AS overdue
            FROM filtered f
            LEFT JOIN dyad_link_counts k ON k.study_id = f.study_id AND k.dyad_id = f.dyad_id
            -- Each dyad's few open links by its key (a lateral lookup): grouped over the whole study and then joined,
            -- the planner misjudged the groups' number right after the tables were filled and rescanned all of them
            -- for every dyad (3.2 s on the 10,000-dyad seed).
            LEFT JOIN LATERAL (
                SELECT {InvitationStates.KeptOpenCounts}
                FROM dyad_open_links o WHERE o.study_id = f.study_id AND o.dyad_id = f.dyad_id AND o.links <> 0) o ON true
            WHERE (NOT @overdue_only OR o.overdue > 0){(alerted is null ? "" : " AND f.dyad_id IN (SELECT dyad_id FROM alerted)")}),
        paged AS (
            SELECT *, row_number() OVER (ORDER BY {order}) AS place, count(*) OVER () AS total
            FROM kept ORDER BY {order} LIMIT @limit OFFSET @offset),
        counted AS ({Counted("paged")})
        SELECT {Columns}, p.total FROM paged p LEFT JOIN counted n ON n.dyad_id = p.dyad_id
        ORDER BY p.place
        """;

    private static string CountedThenPaged(string order, string? alerted) => $"""
        WITH visible AS NOT MATERIALIZED ({InvitationStates.Visible}),
        {(alerted is null ? "" : alerted + ",")}
        {Filtered},
        counted AS ({Counted("filtered")}),
        listed AS (
            SELECT {Columns}
            FROM filtered p LEFT JOIN counted n ON n.dyad_id = p.dyad_id
            WHERE (NOT @overdue_only OR n.overdue > 0){(alerted is null ? "" : " AND p.dyad_id IN (SELECT dyad_id FROM alerted)")})
        SELECT *, count(*) OVER () FROM listed ORDER BY {order} LIMIT @limit OFFSET @offset
        """;
}
