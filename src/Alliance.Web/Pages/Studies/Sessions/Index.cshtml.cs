using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// <c>/studies/{id}/sessions</c>: the member's dyads with their sessions and invitations; record one session or
/// schedule several, which creates the invitations the schedule asks for and shows their links once.
/// </summary>
[StudyPage(StudyPolicies.Sessions)]
internal sealed class IndexModel(AllianceDbContext db, TimeProvider clock, SurveyOptions survey) : StudyPageModel
{
    private const int MaxNumber = 1000;

    public IReadOnlyList<DyadSessions> Board { get; private set; } = [];

    public bool HasSchedule { get; private set; }

    /// <summary>Dyads listed per page of the session list (the forms above always offer every dyad).</summary>
    public const int DyadsPerPage = 10;

    /// <summary>The page of the session list shown (1-based, from <c>?page=</c>; out of range means the nearest page).</summary>
    public int ListPage { get; private set; } = 1;

    public int ListPages => Math.Max(1, (Board.Count + DyadsPerPage - 1) / DyadsPerPage);

    /// <summary>The dyads of <see cref="ListPage"/>.</summary>
    public IEnumerable<DyadSessions> Listed => Board.Skip((ListPage - 1) * DyadsPerPage).Take(DyadsPerPage);

    /// <summary>Field id → message, in the order the fields appear.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Links created by this request (only ever shown in this response).</summary>
    public IReadOnlyList<LinkRow>? Issued { get; private set; }

    public int RecordedSessions { get; private set; }

    public SessionForm Form { get; private set; } = new("", "", "", "", "10", "", "7");

    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostRecordAsync(string? dyad, string? number, string? date, CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = Form with { RecordDyad = dyad ?? "", RecordNumber = number ?? "", RecordDate = date ?? "" };
        var chosen = Board.FirstOrDefault(d => d.DyadId.ToString("D") == dyad);
        if (chosen is null)
        {
            Errors["record-dyad"] = Text["sessions.error.dyad"];
        }
        var n = chosen?.NextNumber ?? 1;
        if (!string.IsNullOrWhiteSpace(number)
            && (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out n) || n is < 1 or > MaxNumber))
        {
            Errors["record-number"] = Text["sessions.error.number"];
        }
        else if (chosen is not null && chosen.Sessions.Any(s => s.Number == n))
        {
            Errors["record-number"] = Text.Format("sessions.error.numberTaken", n);
        }
        if (!TryDate(date, out var held))
        {
            Errors["record-date"] = Text["sessions.error.date"];
        }
        return await RecordAsync([new SessionPlan(chosen?.DyadId ?? Guid.Empty, n, held)], ct);
    }

    public async Task<IActionResult> OnPostScheduleAsync(string? dyad, string? count, string? first, string? interval, CancellationToken ct)
    {
        await LoadAsync(ct);
        Form = Form with { BulkDyad = dyad ?? "", BulkCount = count ?? "", BulkFirst = first ?? "", BulkInterval = interval ?? "" };
        var dyads = dyad == "all" ? Board.ToList() : [.. Board.Where(d => d.DyadId.ToString("D") == dyad)];
        if (dyads.Count == 0)
        {
            Errors["bulk-dyad"] = Text["sessions.error.dyad"];
        }
        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var sessions) || sessions is < 1 or > 52)
        {
            Errors["bulk-count"] = Text["sessions.error.count"];
        }
        if (!TryDate(first, out var start))
        {
            Errors["bulk-first"] = Text["sessions.error.date"];
        }
        if (!int.TryParse(interval, NumberStyles.None, CultureInfo.InvariantCulture, out var every) || every is < 1 or > 90)
        {
            Errors["bulk-interval"] = Text["sessions.error.interval"];
        }
        if (dyads.Any(d => d.NextNumber + sessions - 1 > MaxNumber))
        {
            Errors["bulk-count"] = Text["sessions.error.number"];
        }
        var plans = dyads.SelectMany(d => Enumerable.Range(0, Math.Max(0, sessions))
            .Select(k => new SessionPlan(d.DyadId, d.NextNumber + k, start.AddDays(k * every)))).ToList();
        return await RecordAsync(plans, ct);
    }

    private async Task<IActionResult> RecordAsync(List<SessionPlan> plans, CancellationToken ct)
    {
        if (!HasSchedule)
        {
            Errors["schedule"] = Text["sessions.error.noSchedule"];
        }
        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var now = clock.GetUtcNow();
        IReadOnlyList<IssuedLink> links;
        try
        {
            links = await InvitationIssuer.RecordSessionsAsync(db, Study.StudyId, plans, ParticipantLinks.BaseUrl(Request, survey), now, ct);
        }
        catch (DbUpdateException)
        {
            // Another member recorded one of these numbers in the meantime; nothing of this batch was stored.
            db.ChangeTracker.Clear();
            await LoadAsync(ct);
            Errors[plans.Count == 1 ? "record-number" : "bulk-count"] = Text.Format("sessions.error.numberTaken", plans.First().Number);
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
        Issued = await ParticipantLinks.DescribeAsync(db, Study, links, ct);
        Response.Headers.CacheControl = "no-store";
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

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
