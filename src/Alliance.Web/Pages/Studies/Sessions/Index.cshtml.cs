using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// <c>/studies/{id}/sessions</c>: the member's dyads with their sessions and invitations; record one session or
/// schedule several, which creates the invitations the schedule asks for and shows their links once.
/// </summary>
[StudyPage(StudyPolicies.Sessions)]
internal sealed class IndexModel(AllianceDbContext db, TimeProvider clock, SurveyOptions survey) : StudyPageModel
{
    public IReadOnlyList<DyadSessions> Board { get; private set; } = [];

    public bool HasSchedule { get; private set; }

    /// <summary>Dyads listed per page of the session list (the forms above always offer every dyad).</summary>
    public const int DyadsPerPage = 10;

    /// <summary>The page of the session list shown (1-based, from <c>?page=</c>; out of range means the nearest page).</summary>
    public int ListPage { get; private set; } = 1;

    public int ListPages => Math.Max(1, (Board.Count + DyadsPerPage - 1) / DyadsPerPage);

    /// <summary>The dyads of <see cref="ListPage"/>.</summary>
    public IEnumerable<DyadSessions> Listed => Board.Skip((ListPage - 1) * DyadsPerPage).Take(DyadsPerPage);

    /// <summary>Links created by this request (only ever shown in this response).</summary>
    public IReadOnlyList<LinkRow>? Issued { get; private set; }

    public int RecordedSessions { get; private set; }

    public SessionForm Form { get; private set; } = new("", "", "", "", "10", "", "7");

    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRecordAsync(RecordInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await LoadAsync(ct);
        Form = Form with { RecordDyad = input.Dyad, RecordNumber = Posted(nameof(input.Number)), RecordDate = Posted(nameof(input.Date)) };
        var chosen = Board.FirstOrDefault(d => d.DyadId.ToString("D") == input.Dyad);
        if (chosen is null)
        {
            ModelState.AddModelError("record-dyad", Text["sessions.error.dyad"]);
        }
        var n = input.Number ?? chosen?.NextNumber ?? 1;
        if (chosen is not null && ModelState.GetValidationState("record-number") != ModelValidationState.Invalid
            && chosen.Sessions.Any(s => s.Number == n))
        {
            ModelState.AddModelError("record-number", Text.Format("sessions.error.numberTaken", n));
        }
        return await RecordAsync([new SessionPlan(chosen?.DyadId ?? Guid.Empty, n, input.Date ?? default)], ct);
    }

    public async Task<IActionResult> OnPostScheduleAsync(ScheduleInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        await LoadAsync(ct);
        Form = Form with
        {
            BulkDyad = input.Dyad, BulkCount = Posted(nameof(input.Count)), BulkFirst = Posted(nameof(input.First)),
            BulkInterval = Posted(nameof(input.Interval)),
        };
        var dyads = input.Dyad == "all" ? Board.ToList() : [.. Board.Where(d => d.DyadId.ToString("D") == input.Dyad)];
        if (dyads.Count == 0)
        {
            ModelState.AddModelError("bulk-dyad", Text["sessions.error.dyad"]);
        }
        var sessions = input.Count ?? 0;
        if (ModelState.GetValidationState("bulk-count") != ModelValidationState.Invalid && dyads.Any(d => d.NextNumber + sessions - 1 > RecordInput.MaxNumber))
        {
            ModelState.AddModelError("bulk-count", Text["sessions.error.number"]);
        }
        var (start, every) = (input.First ?? default, input.Interval ?? 0);
        var plans = dyads.SelectMany(d => Enumerable.Range(0, Math.Max(0, sessions))
            .Select(k => new SessionPlan(d.DyadId, d.NextNumber + k, start.AddDays(k * every)))).ToList();
        return await RecordAsync(plans, ct);
    }

    private async Task<IActionResult> RecordAsync(List<SessionPlan> plans, CancellationToken ct)
    {
        if (!HasSchedule)
        {
            ModelState.AddModelError("schedule", Text["sessions.error.noSchedule"]);
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow();
        IReadOnlyList<IssuedLink> links;
        try
        {
            links = await InvitationIssuer.RecordSessionsAsync(db, Study.StudyId, plans, IssuedLinks.BaseUrl(Request, survey), now, ct);
        }
        catch (DbUpdateException)
        {
            // Another member recorded one of these numbers in the meantime; nothing of this batch was stored.
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            ModelState.AddModelError(plans.Count == 1 ? "record-number" : "bulk-count", Text.Format("sessions.error.numberTaken", plans.First().Number));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "sessions.record", new
        {
            sessions = plans.Count,
            dyads = plans.Select(p => p.DyadId).Distinct().Count(),
            invitations = links.Count,
        });
        await db.SaveChangesAsync(ct);
        RecordedSessions = plans.Count;
        Issued = await IssuedLinks.DescribeAsync(db, Study, links, ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Board = await SessionBoard.LoadAsync(db, Study, clock.GetUtcNow(), ct);
        ListPage = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            ? Math.Clamp(page, 1, ListPages) : 1;
        HasSchedule = await db.ScheduledForms.AnyAsync(f => f.StudyId == Study.StudyId, ct);
        Form = Form with { RecordDate = Today, BulkFirst = Today };
    }

    /// <summary>The text posted for an input property, as typed (also when it could not be read).</summary>
    private string Posted(string name) => ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue ?? "" : "";
}
