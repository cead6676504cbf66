using Alliance.Data;
using Alliance.Data.Lifecycle;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Pages.Studies.Setup;
using Alliance.Web.Mail;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Pages.Studies.Lifecycle;

/// <summary>
/// <c>/studies/{id}/participants/{therapists|clients}/{code}</c>: one therapist or client: change their code, withdraw
/// them on their behalf with the reason they gave, and (owners only) erase them on request, confirmed by typing their
/// code. The erasure's mode is the study's setting (<see cref="ErasureModes"/>), said on the page before anyone confirms.
/// </summary>
[StudyPage(StudyPolicies.Participants)]
internal sealed class ParticipantModel(AllianceDbContext db, TimeProvider clock, IOptions<MailOptions> mail) : StudyPageModel
{
    public RaterRole Role { get; private set; }

    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public string? Language { get; private set; }

    /// <summary>Their withdrawal, when they withdrew (themselves or through the team).</summary>
    public Withdrawal? Withdrawal { get; private set; }

    /// <summary>Their dyads: code and whether it ended.</summary>
    public IReadOnlyList<(string Code, DateOnly? EndedOn)> Dyads { get; private set; } = [];

    public ErasureMode Erasure { get; private set; }

    /// <summary>Whether the member may erase (owners), so the page offers it.</summary>
    public bool MayErase => Study.May(StudyPolicies.Lifecycle);

    /// <summary>What was just done (<c>?done=</c>), for the notice.</summary>
    public string? Done { get; private set; }

    public string NewCode { get; private set; } = "";

    public string Reason { get; private set; } = "";

    public string Kind => Role == RaterRole.Client ? "clients" : "therapists";

    public async Task<IActionResult> OnGetAsync(string kind, string? person, string? done, [FromQuery(Name = "code")] string? code, CancellationToken ct)
    {
        if (person is null)
        {
            // The participants page's "open one" form: the code comes as ?code=, the page lives at its own address.
            return string.IsNullOrWhiteSpace(code) ? Redirect(StudyUrl("participants"))
                : Redirect(StudyUrl($"participants/{kind}/{Uri.EscapeDataString(code.Trim())}"));
        }
        Done = done;
        return await LoadAsync(kind, person, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostCodeAsync(string kind, string? person, [FromForm(Name = "code")] string? code, CancellationToken ct)
    {
        if (!await LoadAsync(kind, person, ct))
        {
            return NotFound();
        }
        NewCode = code?.Trim() ?? "";
        if (!SetupCodes.IsParticipantCode(NewCode))
        {
            return Invalid("new-code", Text["setup.code.invalid"]);
        }
        var outcome = await ParticipantCodes.RenameAsync(db, Study.StudyId, Role, Id, NewCode, Study.Actor, ct);
        return outcome switch
        {
            RenameOutcome.Renamed => Redirect(StudyUrl($"participants/{Kind}/{Uri.EscapeDataString(NewCode)}?done=code")),
            RenameOutcome.Taken => Invalid("new-code", Text.Format("setup.code.exists", NewCode)),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostWithdrawAsync(string kind, string? person, [FromForm(Name = "reason")] string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(kind, person, ct))
        {
            return NotFound();
        }
        Reason = reason?.Trim() ?? "";
        if (Reason.Length is 0 or > StaffWithdrawal.MaxReasonLength)
        {
            return Invalid("withdraw-reason", Text["lifecycle.withdraw.reasonInvalid"]);
        }
        await StaffWithdrawal.WithdrawAsync(db, Study.StudyId, Role, Id, Reason, Study.Actor, clock.GetUtcNow(), ct);
        return Redirect(StudyUrl($"participants/{Kind}/{Uri.EscapeDataString(Code)}?done=withdrawn"));
    }

    [AllowedWhenArchived]
    public async Task<IActionResult> OnPostEraseAsync(string kind, string? person, [FromForm(Name = "confirm")] string? confirm, CancellationToken ct)
    {
        if (!MayErase)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!await LoadAsync(kind, person, ct))
        {
            return NotFound();
        }
        if (!string.Equals(confirm?.Trim(), Code, StringComparison.Ordinal))
        {
            return Invalid("erase-confirm", Text["lifecycle.erase.mismatch"]);
        }
        await ParticipantErasure.EraseAsync(db, Study.StudyId, Role, Id, Study.Actor, clock.GetUtcNow(), mail.Value.Outbox, ct);
        // Back to the list, with nothing of them in the address.
        return Redirect(StudyUrl("participants?erased=true"));
    }

    private PageResult Invalid(string field, string message)
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string kind, string? person, CancellationToken ct)
    {
        if (person is null)
        {
            return false;
        }
        Role = kind == "clients" ? RaterRole.Client : RaterRole.Therapist;
        var studyId = Study.StudyId;
        var found = Role == RaterRole.Client
            ? await db.Clients.AsNoTracking().Where(c => c.StudyId == studyId && c.Code == person).Select(c => new { Id = c.ClientId, c.Code, c.Language }).SingleOrDefaultAsync(ct)
            : await db.Therapists.AsNoTracking().Where(c => c.StudyId == studyId && c.Code == person).Select(c => new { Id = c.TherapistId, c.Code, c.Language }).SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return false;
        }
        (Id, Code, Language) = (found.Id, found.Code, found.Language);
        var isClient = Role == RaterRole.Client;
        Withdrawal = await db.Withdrawals.AsNoTracking()
            .Where(w => w.StudyId == studyId && (isClient ? w.ClientId == found.Id : w.TherapistId == found.Id))
            .OrderBy(w => w.WithdrawnAt).FirstOrDefaultAsync(ct);
        Dyads = [.. (await db.Dyads.AsNoTracking()
            .Where(d => d.StudyId == studyId && (isClient ? d.ClientId == found.Id : d.TherapistId == found.Id))
            .OrderBy(d => d.Code).Select(d => new { d.Code, d.EndedOn }).ToListAsync(ct)).Select(d => (d.Code, d.EndedOn))];
        Erasure = ErasureModes.Of(await db.Studies.Where(s => s.StudyId == studyId).Select(s => s.Settings).SingleAsync(ct));
        return true;
    }
}
