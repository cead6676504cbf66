using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// <c>/studies/{id}/participants</c>: therapists and clients by pseudonymous code with the language of their links,
/// dyads with arm and start date, and a bulk add from a CSV dyad list (all or nothing). Codes are looked up in <see cref="StudyContext.StudyId"/> only, so
/// another study's codes are simply unknown here.
/// </summary>
[StudyPage(StudyPolicies.Participants)]
internal sealed partial class ParticipantsModel(AllianceDbContext db, TimeProvider time) : StudyPageModel
{
    public bool Saved { get; private set; }

    public IReadOnlyList<PersonLine> Therapists { get; private set; } = [];

    public IReadOnlyList<PersonLine> Clients { get; private set; } = [];

    public IReadOnlyList<string> Arms { get; private set; } = [];

    public IReadOnlyList<DyadLine> Dyads { get; private set; } = [];

    /// <summary>The add-a-therapist form as last submitted (kept on a re-render); likewise the other forms.</summary>
    public PersonCodeInput NewTherapist { get; private set; } = new TherapistCodeInput();

    public PersonCodeInput NewClient { get; private set; } = new ClientCodeInput();

    public DyadInput NewDyad { get; private set; } = new();

    public PersonLanguageInput ChangeTherapist { get; private set; } = new TherapistLanguageInput();

    public PersonLanguageInput ChangeClient { get; private set; } = new ClientLanguageInput();

    public BulkInput Bulk { get; private set; } = new();

    public string Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAddTherapistAsync(TherapistCodeInput input, CancellationToken ct)
    {
        NewTherapist = input;
        return AddPersonAsync(input, isTherapist: true, ct);
    }

    public Task<IActionResult> OnPostAddClientAsync(ClientCodeInput input, CancellationToken ct)
    {
        NewClient = input;
        return AddPersonAsync(input, isTherapist: false, ct);
    }

    public async Task<IActionResult> OnPostAddDyadAsync(DyadInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        NewDyad = input;
        var therapist = await db.Therapists.SingleOrDefaultAsync(x => x.StudyId == Study.StudyId && x.Code == input.Therapist, ct);
        var client = await db.Clients.SingleOrDefaultAsync(x => x.StudyId == Study.StudyId && x.Code == input.Client, ct);
        var (therapistId, clientId) = (therapist?.TherapistId, client?.ClientId);
        if (therapistId is null)
        {
            ModelState.AddModelError("dyad-therapist", Text["setup.dyad.therapist"]);
        }
        if (clientId is null)
        {
            ModelState.AddModelError("dyad-client", Text["setup.dyad.client"]);
        }
        var chosenArm = input.Arm;
        if (chosenArm is not null && !await db.StudyArms.AnyAsync(a => a.StudyId == Study.StudyId && a.Code == chosenArm, ct))
        {
            ModelState.AddModelError("dyad-arm", Text["setup.dyad.arm"]);
        }
        var therapistLanguage = await OfferedAsync(input.TherapistLanguage, "dyad-therapist-language", ct);
        var clientLanguage = await OfferedAsync(input.ClientLanguage, "dyad-client-language", ct);
        var code = SetupCodes.DyadCode(input.Therapist, input.Client);
        if (therapistId is not null && clientId is not null && await db.Dyads.AnyAsync(d => d.StudyId == Study.StudyId && d.Code == code, ct))
        {
            ModelState.AddModelError("dyad-client", Text.Format("setup.dyad.exists", code));
        }
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        var started = input.StartedOn!.Value;
        db.Dyads.Add(new Dyad
        {
            StudyId = Study.StudyId, DyadId = Guid.CreateVersion7(), Code = code, TherapistId = therapistId!.Value, ClientId = clientId!.Value,
            StartedOn = started, Arm = chosenArm,
        });
        // A language chosen here is the person's from now on, in every dyad they are in; none chosen leaves theirs.
        therapist!.Language = therapistLanguage ?? therapist.Language;
        client!.Language = clientLanguage ?? client.Language;
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "participants.dyad.add",
            new { dyad = code, arm = chosenArm, startedOn = started, therapistLanguage, clientLanguage });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("participants?saved=true#dyads"));
    }

    private async Task<IActionResult> AddPersonAsync(PersonCodeInput input, bool isTherapist, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entered = input.Code;
        if (ModelState.IsValid && (isTherapist
            ? await db.Therapists.AnyAsync(x => x.StudyId == Study.StudyId && x.Code == entered, ct)
            : await db.Clients.AnyAsync(x => x.StudyId == Study.StudyId && x.Code == entered, ct)))
        {
            ModelState.AddModelError(input.Field, Text.Format("setup.code.exists", entered));
        }
        var language = await OfferedAsync(input.Language, input.LanguageField, ct);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(ct);
        }
        var now = time.GetUtcNow();
        if (isTherapist)
        {
            db.Therapists.Add(new Therapist
                { StudyId = Study.StudyId, TherapistId = Guid.CreateVersion7(), Code = entered, Language = language, CreatedAt = now });
        }
        else
        {
            db.Clients.Add(new Client { StudyId = Study.StudyId, ClientId = Guid.CreateVersion7(), Code = entered, Language = language, CreatedAt = now });
        }
        AuditTrail.Add(db, Study.StudyId, Study.Actor, isTherapist ? "participants.therapist.add" : "participants.client.add",
            new { code = entered, language });
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
        StudyLanguages = await StudyLanguagesAsync(ct);
        Therapists = await db.Therapists.Where(x => x.StudyId == Study.StudyId).OrderBy(x => x.Code)
            .Select(x => new PersonLine(x.Code, x.Language)).ToListAsync(ct);
        Clients = await db.Clients.Where(x => x.StudyId == Study.StudyId).OrderBy(x => x.Code)
            .Select(x => new PersonLine(x.Code, x.Language)).ToListAsync(ct);
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
