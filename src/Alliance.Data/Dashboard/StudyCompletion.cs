namespace Alliance.Data.Dashboard;

/// <summary>
/// The dashboard's study-wide figures over the visible dyads, in one grouped pass over their sessions and invitations
/// (<see cref="InvitationStates"/>): counts per therapist (every visible dyad's therapist, those without links too;
/// ordered by code, ordinal) and the completion chart's weeks. The study's totals are the therapists' sums.
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
    /// One row per therapist (day null) and one per session day (therapist null): GROUPING SETS over one scan. Visible
    /// dyads without links still count for their therapist's dyads.
    /// </summary>
    private const string Sql = $"""
        WITH visible AS NOT MATERIALIZED ({InvitationStates.Visible}),
        forms AS (
            SELECT v.therapist_id, {InvitationStates.Flags}
            FROM visible v
            JOIN sessions s ON s.study_id = v.study_id AND s.dyad_id = v.dyad_id
            JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id),
        grouped AS (
            SELECT therapist_id, day, {InvitationStates.Counts}
            FROM forms GROUP BY GROUPING SETS ((therapist_id), (day))),
        dyads AS (SELECT therapist_id, count(*)::int AS dyads FROM visible GROUP BY therapist_id)
        SELECT t.code, d.dyads, NULL::date, coalesce(g.issued, 0), coalesce(g.submitted, 0), coalesce(g.open, 0),
            coalesce(g.overdue, 0), coalesce(g.expired, 0), coalesce(g.withdrawn, 0)
        FROM dyads d
        JOIN therapists t ON t.study_id = @study AND t.therapist_id = d.therapist_id
        LEFT JOIN grouped g ON g.therapist_id = d.therapist_id AND g.day IS NULL
        UNION ALL
        SELECT NULL, 0, g.day, g.issued, g.submitted, g.open, g.overdue, g.expired, g.withdrawn
        FROM grouped g WHERE g.day IS NOT NULL
        """;
}
