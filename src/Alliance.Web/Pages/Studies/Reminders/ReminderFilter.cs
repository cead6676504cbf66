using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Reminders;

/// <summary>The reminders page's filter (<c>?days=</c>): forms count as behind this many days after their session.</summary>
public sealed class ReminderFilter : IFormInput
{
    /// <summary>0–365; null for <see cref="OverdueInvitations.DefaultHeldDays"/>.</summary>
    public int? Days { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (check.Unreadable(nameof(Days)) || Days > 365)
        {
            check.Add("days", "sessions.reminders.daysError");
        }
    }
}
