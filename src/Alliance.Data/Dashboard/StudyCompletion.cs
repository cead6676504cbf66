namespace Alliance.Data.Dashboard;

/// <summary>
/// The dashboard's study-wide figures over the visible dyads, by <see cref="InvitationStates"/>' rule: counts per
/// therapist (every visible dyad's therapist, those without links too; ordered by code, ordinal) and the completion
/// chart's weeks, from the kept counts of links in a final state and of links still open. The study's totals are the
/// therapists' sums.
/// </summary>
public sealed record StudyCompletion(IReadOnlyList<TherapistCounts> Therapists, IReadOnlyList<WeekCounts> Weeks)
{
    public CompletionCounts Totals => Therapists.Aggregate(CompletionCounts.None, (a, t) => new(
        a.Issued + t.Counts.Issued, a.Submitted + t.Counts.Submitted, a.Open + t.Counts.Open, a.Overdue + t.Counts.Overdue,
        a.Expired + t.Counts.Expired, a.Withdrawn + t.Counts.Withdrawn));

    public static async Task<StudyCompletion> ReadAsync(AllianceDbContext db, DashboardScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var rows = await DashboardCommand.ReadAsync(db, Sql, DashboardCommand.Of(scope), r => (
            Therapist: r.IsDBNull(0) ? null : r.GetString(0),
            Dyads: r.GetInt32(1),
            Day: r.IsDBNull(2) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(2),
            Counts: DashboardCommand.Counts(r, 3)), ct).ConfigureAwait(false);
        var therapists = rows.Where(r => r.Therapist is not null).Select(r => new TherapistCounts(r.Therapist!, r.Dyads, r.Counts))
            .OrderBy(t => t.Therapist, StringComparer.Ordinal).ToList();
        var days = rows.Where(r => r.Day is not null).Select(r => (Day: r.Day!.Value, r.Counts)).ToList();
        return new StudyCompletion(therapists, WeeksOf(days));
    }

    /// <summary>Week 1 starts on the earliest day; weeks without forms in between are listed with nothing due.</summary>
    private static List<WeekCounts> WeeksOf(List<(DateOnly Day, CompletionCounts Counts)> days)
    {
        if (days.Count == 0)
        {
            return [];
        }
        var first = days.Min(d => d.Day).DayNumber;
        var byWeek = days.GroupBy(d => ((d.Day.DayNumber - first) / 7) + 1)
            .ToDictionary(g => g.Key, g => (Due: g.Sum(d => d.Counts.Submitted + d.Counts.Overdue + d.Counts.Expired),
                Submitted: g.Sum(d => d.Counts.Submitted)));
        return [.. Enumerable.Range(1, byWeek.Keys.Max()).Select(w => byWeek.TryGetValue(w, out var c)
            ? new WeekCounts(w, c.Due, c.Submitted) : new WeekCounts(w, 0, 0))];
    }

    /// <summary>
    /// One row per therapist (day null) and one per session day (therapist null): GROUPING SETS over the kept counts
    /// (migration DashboardSummaries, kept current by triggers on every write): links in a final state per therapist and
    /// day (<c>completion_counts</c>), and links still open per therapist, day, due day, opening and expiry
    /// (<c>open_link_counts</c>), whose state is decided at <c>@now</c> here. Counting every link of a 10,000-dyad
    /// study per view took 1.1–2.6 s; see docs/architecture.md, "Dashboard summaries". Visible dyads without links
    /// still count for their therapist's dyads; summary rows left at zero are no day of the study.
    /// </summary>
    private const string Sql = $"""
        WITH per_therapist AS (
            SELECT d.therapist_id, count(*)::int AS dyads FROM dyads d
            WHERE d.study_id = @study AND (NOT @restricted OR d.therapist_id = @therapist_id)
            GROUP BY d.therapist_id),
        parts AS (
            SELECT o.therapist_id, o.day, {InvitationStates.KeptOpenCounts}
            FROM open_link_counts o
            WHERE o.study_id = @study AND (NOT @restricted OR o.therapist_id = @therapist_id) AND o.links <> 0
            GROUP BY o.therapist_id, o.day
            UNION ALL
            SELECT c.therapist_id, c.day, c.submitted + c.expired + c.withdrawn, c.submitted, 0, 0, c.expired, c.withdrawn
            FROM completion_counts c
            WHERE c.study_id = @study AND (NOT @restricted OR c.therapist_id = @therapist_id)
                AND (c.submitted, c.expired, c.withdrawn) <> (0, 0, 0)),
        grouped AS (
            SELECT therapist_id, day, {InvitationStates.Sums}
            FROM parts GROUP BY GROUPING SETS ((therapist_id), (day)))
        SELECT t.code, p.dyads, NULL::date, coalesce(g.issued, 0), coalesce(g.submitted, 0), coalesce(g.open, 0),
            coalesce(g.overdue, 0), coalesce(g.expired, 0), coalesce(g.withdrawn, 0)
        FROM per_therapist p
        JOIN therapists t ON t.study_id = @study AND t.therapist_id = p.therapist_id
        LEFT JOIN grouped g ON g.therapist_id = p.therapist_id AND g.day IS NULL
        UNION ALL
        SELECT NULL, 0, g.day, g.issued, g.submitted, g.open, g.overdue, g.expired, g.withdrawn
        FROM grouped g WHERE g.day IS NOT NULL
        """;
}
