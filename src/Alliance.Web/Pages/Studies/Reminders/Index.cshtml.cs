using System.Globalization;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Reminders;

/// <summary>
/// <c>/studies/{id}/reminders?days=2</c>: who is behind (see <see cref="OverdueInvitations"/>), marking reminders given,
/// and the list as CSV (a to-do list: no links, no tokens).
/// </summary>
[StudyPage(StudyPolicies.Sessions)]
internal sealed class IndexModel(AllianceDbContext db, TimeProvider clock) : StudyPageModel
{
    public IReadOnlyList<ReminderRow> Rows { get; private set; } = [];

    public int Days { get; private set; } = OverdueInvitations.DefaultHeldDays;

    public string DaysText { get; private set; } = "";

    public string? DaysError { get; private set; }

    /// <summary>How many were just marked (from the redirect after marking).</summary>
    public int? Marked { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? days, int? marked, CancellationToken ct)
    {
        Marked = marked;
        if (!ReadDays(days))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Rows = await OverdueInvitations.ListAsync(db, Study, Days, clock.GetUtcNow(), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(string? days, CancellationToken ct)
    {
        if (!ReadDays(days))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var rows = await OverdueInvitations.ListAsync(db, Study, Days, clock.GetUtcNow(), ct);
        Response.Headers.CacheControl = "no-store";
        return File(LinksCsv.Reminders(rows), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"study-{Study.StudyId}-reminders.csv"));
    }

    /// <summary>Marks the posted invitations reminded: only those that are open, of this study and of a visible dyad.</summary>
    public async Task<IActionResult> OnPostMarkAsync(string? days, string[] invitation, CancellationToken ct)
    {
        ReadDays(days);
        var ids = invitation.Select(s => Guid.TryParseExact(s, "D", out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var now = clock.GetUtcNow();
        var visible = VisibleDyads.For(db, Study).Select(d => d.DyadId);
        var count = await db.Invitations
            .Where(i => i.StudyId == Study.StudyId && ids.Contains(i.InvitationId) && i.Status == InvitationStatuses.Open
                && (i.ExpiresAt == null || i.ExpiresAt > now)
                && db.Sessions.Any(s => s.StudyId == i.StudyId && s.SessionId == i.SessionId && visible.Contains(s.DyadId)))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.RemindedAt, now).SetProperty(i => i.ReminderCount, i => i.ReminderCount + 1), ct);
        return Redirect(StudyUrl(string.Create(CultureInfo.InvariantCulture, $"reminders?days={Days}&marked={count}")));
    }

    private bool ReadDays(string? days)
    {
        DaysText = days ?? Days.ToString(CultureInfo.InvariantCulture);
        if (string.IsNullOrEmpty(days))
        {
            return true;
        }
        if (int.TryParse(days, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d <= 365)
        {
            Days = d;
            return true;
        }
        DaysError = Text["sessions.reminders.daysError"];
        return false;
    }
}
