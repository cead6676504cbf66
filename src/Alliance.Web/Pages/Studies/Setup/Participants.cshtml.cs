using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Listing;
using Alliance.Data.Model;
using Alliance.Data.Paging;
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

    /// <summary>The first page of therapists (50) whose code matches the search; likewise <see cref="Clients"/>.</summary>
    public Page<PersonLine> Therapists { get; private set; } = new([], new PageRequest(1), 0);

    public Page<PersonLine> Clients { get; private set; } = new([], new PageRequest(1), 0);

    public IReadOnlyList<string> Arms { get; private set; } = [];

    /// <summary>The page of dyads shown (<c>?page=</c>), filtered (<see cref="Filter"/>).</summary>
    public Page<DyadLine> Dyads { get; private set; } = new([], new PageRequest(1), 0);

    /// <summary>
    /// The page's search and filters: <c>?q=</c> part of a code (therapists, clients and dyads), <c>?therapist=</c> and
    /// <c>?arm=</c> (dyads). Kept by the pager, the forms and the redirect after each of them.
    /// </summary>
    public DyadFilter Filter { get; private set; } = DyadFilter.None;

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
        return Redirect(ListUrl(saved: true, fragment: "#dyads"));
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
        return Redirect(ListUrl(saved: true, fragment: isTherapist ? "#therapists" : "#clients"));
    }

    private async Task<IActionResult> InvalidAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var query = Request.Query;
        Filter = DyadFilter.From(query["q"], query["therapist"], query["arm"]);
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 1;
        StudyLanguages = await StudyLanguagesAsync(ct);
        Therapists = await ParticipantListing.PeopleAsync(db, Study.StudyId, therapists: true, Filter.Code, new PageRequest(1), ct);
        Clients = await ParticipantListing.PeopleAsync(db, Study.StudyId, therapists: false, Filter.Code, new PageRequest(1), ct);
        Arms = await db.StudyArms.Where(x => x.StudyId == Study.StudyId).OrderBy(x => x.Code).Select(x => x.Code).ToListAsync(ct);
        Dyads = await ParticipantListing.DyadsAsync(db, Filter.Apply(db, VisibleDyads.For(db, Study)), new PageRequest(page), ct);
    }

    /// <summary>
    /// This page's address for a form (<paramref name="handler"/>) or a redirect (<paramref name="saved"/>), keeping the
    /// list's page, search and filters and ending in <paramref name="fragment"/>.
    /// </summary>
    public string ListUrl(string? handler = null, bool saved = false, string fragment = "")
    {
        var kept = Request.Query.Where(p => p.Key is "page" or "q" or "therapist" or "arm")
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value.ToString())).ToList();
        if (handler is not null)
        {
            kept.Insert(0, new("handler", handler));
        }
        if (saved)
        {
            kept.Add(new("saved", "true"));
        }
        kept.Add(new("lang", Text.Code));
        return $"/studies/{Study.Id}/participants" + QueryString.Create(kept) + fragment;
    }
}
