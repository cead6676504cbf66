using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Alliance.Data.Listing;
using Alliance.Data.Paging;
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
    /// <summary>The page of the session list shown: its dyads, with the total of the filtered list.</summary>
    public Page<DyadSessions> Board { get; private set; } = new([], new PageRequest(1, DyadsPerPage), 0);

    /// <summary>How many dyads the member sees in all (the schedule-several form's "all"), whatever the filter.</summary>
    public long AllDyads { get; private set; }

    /// <summary>The list's filter (<c>?q=</c> part of a dyad code, <c>?therapist=</c>, <c>?arm=</c>), kept by the pager and the forms.</summary>
    public DyadFilter Filter { get; private set; } = DyadFilter.None;

    public bool HasSchedule { get; private set; }

    /// <summary>
    /// Dyads listed per page of the session list. The forms above offer the dyads of the page shown (search or filter
    /// to reach another), so a study of ten thousand dyads never sends ten thousand options.
    /// </summary>
    public const int DyadsPerPage = 10;

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
        var chosen = Guid.TryParseExact(input.Dyad, "D", out var id) ? await SessionBoard.OneAsync(db, Study, id, clock.GetUtcNow(), ct) : null;
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
        var dyads = input.Dyad == "all"
            ? await SessionListing.AllAsync(db, VisibleDyads.For(db, Study), ct)
            : Guid.TryParseExact(input.Dyad, "D", out var id)
                ? await SessionListing.AllAsync(db, VisibleDyads.For(db, Study).Where(d => d.DyadId == id), ct)
                : [];
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
        var query = Request.Query;
        Filter = DyadFilter.From(query["q"], query["therapist"], query["arm"]);
        var number = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1;
        Board = await SessionBoard.LoadAsync(db, Study, Filter, new PageRequest(number, DyadsPerPage), clock.GetUtcNow(), ct);
        AllDyads = Filter.IsEmpty ? Board.Total : await VisibleDyads.For(db, Study).LongCountAsync(ct);
        HasSchedule = await db.ScheduledForms.AnyAsync(f => f.StudyId == Study.StudyId, ct);
        Form = Form with { RecordDate = Today, BulkFirst = Today };
    }

    /// <summary>This page's address with the list's page and filter, for the forms' actions and the way back.</summary>
    public string ListUrl(string? handler)
    {
        var kept = Request.Query.Where(p => p.Key is "page" or "q" or "therapist" or "arm")
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())).ToList();
        if (handler is not null)
        {
            kept.Insert(0, new("handler", handler));
        }
        kept.Add(new("lang", Text.Code));
        return $"/studies/{Study.Id}/sessions" + QueryString.Create(kept);
    }

    /// <summary>The text posted for an input property, as typed (also when it could not be read).</summary>
    private string Posted(string name) => ModelState.TryGetValue(name, out var entry) ? entry.AttemptedValue ?? "" : "";
}
