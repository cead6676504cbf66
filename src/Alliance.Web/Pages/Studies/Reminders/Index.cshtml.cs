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

    /// <summary>How many were just marked (from the redirect after marking).</summary>
    public int? Marked { get; private set; }

    public async Task<IActionResult> OnGetAsync(ReminderFilter filter, int? marked, CancellationToken ct)
    {
        Marked = marked;
        if (!ReadDays(filter))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Rows = await OverdueInvitations.ListAsync(db, Study, Days, clock.GetUtcNow(), ct);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync(ReminderFilter filter, CancellationToken ct)
    {
        if (!ReadDays(filter))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var rows = await OverdueInvitations.ListAsync(db, Study, Days, clock.GetUtcNow(), ct);
        return File(LinksCsv.Reminders(rows), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"study-{Study.StudyId}-reminders.csv"));
    }

    /// <summary>Marks the posted invitations reminded: only those that are open, of this study and of a visible dyad.</summary>
    public async Task<IActionResult> OnPostMarkAsync(ReminderFilter filter, string[] invitation, CancellationToken ct)
    {
        ReadDays(filter);
        var ids = invitation.Select(s => Guid.TryParseExact(s, "D", out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var now = clock.GetUtcNow();
        var visible = VisibleDyads.For(db, Study).Select(d => d.DyadId);
        var count = await db.Invitations
            .Where(i => i.StudyId == Study.StudyId && ids.Contains(i.InvitationId) && i.Status == InvitationStatus.Open
                && (i.ExpiresAt == null || i.ExpiresAt > now)
                && db.Sessions.Any(s => s.StudyId == i.StudyId && s.SessionId == i.SessionId && visible.Contains(s.DyadId)))
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.RemindedAt, now).SetProperty(i => i.ReminderCount, i => i.ReminderCount + 1), ct);
        return Redirect(StudyUrl(string.Create(CultureInfo.InvariantCulture, $"reminders?days={Days}&marked={count}")));
    }

    /// <summary>Takes the filter's days when it passed its check (else the default stays, and the page says why).</summary>
    private bool ReadDays(ReminderFilter filter)
    {
        if (!ModelState.IsValid)
        {
            return false;
        }
        Days = filter.Days ?? Days;
        return true;
    }
}
