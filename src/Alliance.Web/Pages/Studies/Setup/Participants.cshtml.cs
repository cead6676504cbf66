using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// <c>/studies/{id}/participants</c>: therapists and clients by pseudonymous code, dyads with arm and start date, and
/// a bulk add from a CSV dyad list (all or nothing). Codes are looked up in <see cref="StudyContext.StudyId"/> only, so
/// another study's codes are simply unknown here.
/// </summary>
[StudyPage(StudyPolicies.Participants)]
internal sealed partial class ParticipantsModel(AllianceDbContext db, TimeProvider time) : StudyPageModel
{
    public FormErrors Errors { get; } = new();

    public bool Saved { get; private set; }

    public IReadOnlyList<string> Therapists { get; private set; } = [];

    public IReadOnlyList<string> Clients { get; private set; } = [];

    public IReadOnlyList<string> Arms { get; private set; } = [];

    public IReadOnlyList<DyadLine> Dyads { get; private set; } = [];

    /// <summary>Field values as last submitted, by field id (kept on a re-render).</summary>
    public Dictionary<string, string> Entered { get; } = new(StringComparer.Ordinal);

    public string Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string Value(string field, string otherwise = "") => Entered.GetValueOrDefault(field, otherwise);

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAddTherapistAsync(string? code, CancellationToken ct) =>
        AddPersonAsync("therapist-code", code, isTherapist: true, ct);

    public Task<IActionResult> OnPostAddClientAsync(string? code, CancellationToken ct) =>
        AddPersonAsync("client-code", code, isTherapist: false, ct);

    public async Task<IActionResult> OnPostAddDyadAsync(string? therapist, string? client, string? arm, string? startedOn, CancellationToken ct)
    {
        Entered["dyad-therapist"] = therapist ?? "";
        Entered["dyad-client"] = client ?? "";
        Entered["dyad-arm"] = arm ?? "";
        Entered["dyad-started"] = startedOn ?? "";
        var therapistId = await db.Therapists.Where(x => x.StudyId == Study.StudyId && x.Code == therapist)
            .Select(x => (Guid?)x.TherapistId).SingleOrDefaultAsync(ct);
        var clientId = await db.Clients.Where(x => x.StudyId == Study.StudyId && x.Code == client)
            .Select(x => (Guid?)x.ClientId).SingleOrDefaultAsync(ct);
        if (therapistId is null)
        {
            Errors.Add("dyad-therapist", Text["setup.dyad.therapist"]);
        }
        if (clientId is null)
        {
            Errors.Add("dyad-client", Text["setup.dyad.client"]);
        }
        var chosenArm = string.IsNullOrEmpty(arm) ? null : arm;
        if (chosenArm is not null && !await db.StudyArms.AnyAsync(a => a.StudyId == Study.StudyId && a.Code == chosenArm, ct))
        {
            Errors.Add("dyad-arm", Text["setup.dyad.arm"]);
        }
        if (!DateOnly.TryParseExact(startedOn ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var started))
        {
            Errors.Add("dyad-started", Text["setup.dyad.date"]);
        }
        var code = SetupCodes.DyadCode(therapist ?? "", client ?? "");
        if (therapistId is not null && clientId is not null && await db.Dyads.AnyAsync(d => d.StudyId == Study.StudyId && d.Code == code, ct))
        {
            Errors.Add("dyad-client", Text.Format("setup.dyad.exists", code));
        }
        if (Errors.Any)
        {
            return await InvalidAsync(ct);
        }
        db.Dyads.Add(new Dyad
        {
            StudyId = Study.StudyId, DyadId = Guid.CreateVersion7(), Code = code, TherapistId = therapistId!.Value, ClientId = clientId!.Value,
            StartedOn = started, Arm = chosenArm,
        });
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "participants.dyad.add", new { dyad = code, arm = chosenArm, startedOn = started });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("participants?saved=true#dyads"));
    }

    private async Task<IActionResult> AddPersonAsync(string field, string? code, bool isTherapist, CancellationToken ct)
    {
        var entered = (code ?? "").Trim();
        Entered[field] = entered;
        var exists = isTherapist
            ? await db.Therapists.AnyAsync(x => x.StudyId == Study.StudyId && x.Code == entered, ct)
            : await db.Clients.AnyAsync(x => x.StudyId == Study.StudyId && x.Code == entered, ct);
        if (!SetupCodes.IsParticipantCode(entered))
        {
            Errors.Add(field, Text["setup.code.invalid"]);
        }
        else if (exists)
        {
            Errors.Add(field, Text.Format("setup.code.exists", entered));
        }
        if (Errors.Any)
        {
            return await InvalidAsync(ct);
        }
        var now = time.GetUtcNow();
        if (isTherapist)
        {
            db.Therapists.Add(new Therapist { StudyId = Study.StudyId, TherapistId = Guid.CreateVersion7(), Code = entered, CreatedAt = now });
        }
        else
        {
            db.Clients.Add(new Client { StudyId = Study.StudyId, ClientId = Guid.CreateVersion7(), Code = entered, CreatedAt = now });
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, isTherapist ? "participants.therapist.add" : "participants.client.add", new { code = entered });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl(isTherapist ? "participants?saved=true#therapists" : "participants?saved=true#clients"));
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Therapists = await db.Therapists.Where(x => x.StudyId == Study.StudyId).OrderBy(x => x.Code).Select(x => x.Code).ToListAsync(ct);
        Clients = await db.Clients.Where(x => x.StudyId == Study.StudyId).OrderBy(x => x.Code).Select(x => x.Code).ToListAsync(ct);
        Arms = await db.StudyArms.Where(x => x.StudyId == Study.StudyId).OrderBy(x => x.Code).Select(x => x.Code).ToListAsync(ct);
        Dyads = await (
            from d in VisibleDyads.For(db, Study)
            join th in db.Therapists on new { d.StudyId, d.TherapistId } equals new { th.StudyId, th.TherapistId }
            join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
            orderby d.Code
            select new DyadLine(d.Code, th.Code, c.Code, d.Arm, d.StartedOn))
            .AsNoTracking().ToListAsync(ct);
    }
}
