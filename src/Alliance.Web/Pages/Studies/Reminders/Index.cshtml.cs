using System.Globalization;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Data.Paging;
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
internal sealed partial class IndexModel(AllianceDbContext db, TimeProvider clock) : StudyPageModel
{
    /// <summary>The page of the list shown (<c>?page=</c>, 50 invitations a page) and the list's total.</summary>
    public Page<ReminderRow> Rows { get; private set; } = new([], new PageRequest(1), 0);

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
        Rows = await OverdueInvitations.PageAsync(db, Study, Days, clock.GetUtcNow(), ListPage, ct);
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
        var back = ListPage.Number;
        return Redirect(StudyUrl(string.Create(CultureInfo.InvariantCulture,
            $"reminders?days={Days}{(back > 1 ? $"&page={back}" : "")}&marked={count}")));
    }

    /// <summary>
    /// The page of the list asked for (<c>?page=</c>, read from the query: Razor Pages bind a parameter named
    /// <c>page</c> to the page's own route value).
    /// </summary>
    private PageRequest ListPage => PageRequest.From(
        int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null);

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
