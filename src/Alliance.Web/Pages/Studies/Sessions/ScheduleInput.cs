using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// The sessions page's schedule-several form: one dyad (its id) or <c>all</c>, how many sessions, the first date and
/// the days between them. Which dyads those are, and whether their numbers stay in range, is the handler's check.
/// </summary>
public sealed class ScheduleInput : IFormInput
{
    public string Dyad { get; set => field = value ?? ""; } = "";

    /// <summary>Sessions per dyad, 1–52.</summary>
    public int? Count { get; set; }

    public DateOnly? First { get; set; }

    /// <summary>Days between sessions, 1–90.</summary>
    public int? Interval { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Count is not (>= 1 and <= 52))
        {
            check.Add("bulk-count", "sessions.error.count");
        }
        if (First is null)
        {
            check.Add("bulk-first", "sessions.error.date");
        }
        if (Interval is not (>= 1 and <= 90))
        {
            check.Add("bulk-interval", "sessions.error.interval");
        }
    }
}
