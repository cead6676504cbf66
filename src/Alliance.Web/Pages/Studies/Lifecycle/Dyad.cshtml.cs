using System.Globalization;
using Alliance.Data;
using Alliance.Data.Lifecycle;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Lifecycle;

/// <summary>
/// <c>/studies/{id}/participants/dyads/{code}</c>: one dyad: change its arm (and its therapist while it has no
/// sessions, <see cref="DyadChange"/>), and end it (<see cref="DyadEnding"/>: no more sessions or links, open links closed).
/// </summary>
[StudyPage(StudyPolicies.Participants)]
internal sealed class DyadModel(AllianceDbContext db, TimeProvider clock) : StudyPageModel
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Therapist { get; private set; } = "";

    public string Client { get; private set; } = "";

    public string? Arm { get; private set; }

    public DateOnly StartedOn { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public bool HasSessions { get; private set; }

    public IReadOnlyList<string> Arms { get; private set; } = [];

    public string? Done { get; private set; }

    public string Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<IActionResult> OnGetAsync(string? code, string? done, CancellationToken ct)
    {
        if (code is null)
        {
            // The participants page's "open one" form sends the code as ?code=: go to the dyad's own address.
            var asked = Request.Query["code"].ToString().Trim();
            return Redirect(StudyUrl(asked.Length == 0 ? "participants" : "participants/dyads/" + Uri.EscapeDataString(asked)));
        }
        Done = done;
        return await LoadAsync(code, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostChangeAsync(string? code, [FromForm(Name = "arm")] string? arm, [FromForm(Name = "therapist")] string? therapist,
        CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }
        var therapistCode = string.IsNullOrWhiteSpace(therapist) ? Therapist : therapist.Trim();
        var therapistId = await db.Therapists.Where(t => t.StudyId == Study.StudyId && t.Code == therapistCode).Select(t => (Guid?)t.TherapistId).SingleOrDefaultAsync(ct);
        if (therapistId is null)
        {
            return Invalid("dyad-therapist", Text["setup.dyad.therapist"]);
        }
        var outcome = await DyadChange.ChangeAsync(db, Study.StudyId, Id, string.IsNullOrEmpty(arm) ? null : arm, therapistId.Value, Study.Actor, ct);
        if (outcome == DyadChangeOutcome.Changed)
        {
            var now = await db.Dyads.Where(d => d.StudyId == Study.StudyId && d.DyadId == Id).Select(d => d.Code).SingleAsync(ct);
            return Redirect(StudyUrl("participants/dyads/" + Uri.EscapeDataString(now) + "?done=changed"));
        }
        return outcome switch
        {
            DyadChangeOutcome.UnknownArm => Invalid("dyad-arm", Text["setup.dyad.arm"]),
            DyadChangeOutcome.HasSessions => Invalid("dyad-therapist", Text["lifecycle.dyad.hasSessions"]),
            DyadChangeOutcome.Taken => Invalid("dyad-therapist", Text.Format("setup.dyad.exists", therapistCode + "-" + Client)),
            DyadChangeOutcome.UnknownTherapist => Invalid("dyad-therapist", Text["setup.dyad.therapist"]),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostEndAsync(string? code, [FromForm(Name = "endedOn")] DateOnly? endedOn, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }
        if (EndedOn is not null)
        {
            return Redirect(StudyUrl("participants/dyads/" + Uri.EscapeDataString(Code)));
        }
        if (endedOn is not { } on || on < StartedOn)
        {
            return Invalid("dyad-ended", Text["lifecycle.dyad.endInvalid"]);
        }
        await DyadEnding.EndAsync(db, Study.StudyId, Id, on, Study.Actor, ct);
        return Redirect(StudyUrl("participants/dyads/" + Uri.EscapeDataString(Code) + "?done=ended"));
    }

    private PageResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string? code, CancellationToken ct)
    {
        if (code is null)
        {
            return false;
        }
        var studyId = Study.StudyId;
        var row = await (
            from d in VisibleDyads.For(db, Study)
            where d.Code == code
            join t in db.Therapists on new { d.StudyId, d.TherapistId } equals new { t.StudyId, t.TherapistId }
            join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
            select new { d.DyadId, d.Code, Therapist = t.Code, Client = c.Code, d.Arm, d.StartedOn, d.EndedOn })
            .AsNoTracking().SingleOrDefaultAsync(ct);
        if (row is null)
        {
            return false;
        }
        (Id, Code, Therapist, Client, Arm, StartedOn, EndedOn) = (row.DyadId, row.Code, row.Therapist, row.Client, row.Arm, row.StartedOn, row.EndedOn);
        HasSessions = await db.Sessions.AnyAsync(s => s.StudyId == studyId && s.DyadId == row.DyadId, ct);
        Arms = await db.StudyArms.Where(a => a.StudyId == studyId).OrderBy(a => a.Code).Select(a => a.Code).ToListAsync(ct);
        return true;
    }
}
