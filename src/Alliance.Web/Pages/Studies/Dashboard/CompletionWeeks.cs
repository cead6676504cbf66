using Alliance.Plots.Charts;

namespace Alliance.Web.Pages.Studies.Dashboard;

/// <summary>
/// Completion per study week for <see cref="CompletionChart"/>: week 1 starts on the earliest session day of the
/// rows given (held-on date, else the link's creation date); a form counts in its session's week. Due = submitted +
/// overdue + expired, completed = submitted, the same definition as <see cref="Completion.Rate"/>.
/// </summary>
internal static class CompletionWeeks
{
    public static IReadOnlyList<WeeklyCompletion> Of(IReadOnlyList<FormRow> rows, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return [];
        }
        static DateOnly Day(FormRow r) => r.HeldOn ?? DateOnly.FromDateTime(r.CreatedAt.UtcDateTime);
        var first = rows.Min(Day);
        var byWeek = rows.GroupBy(r => ((Day(r).DayNumber - first.DayNumber) / 7) + 1)
            .ToDictionary(g => g.Key, g => g.Select(r => CompletionRules.Of(r.Status, r.OpensAt, r.ExpiresAt, r.HeldOn, r.CreatedAt, now))
                .Aggregate(Completion.None, Completion.Add));
        var last = byWeek.Keys.Max();
        return [.. Enumerable.Range(1, last).Select(w => byWeek.TryGetValue(w, out var c)
            ? new WeeklyCompletion(w, c.Submitted, c.Submitted + c.Overdue + c.Expired)
            : new WeeklyCompletion(w, 0, 0))];
    }
}
