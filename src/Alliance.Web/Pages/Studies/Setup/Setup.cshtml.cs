using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// <c>/studies/{id}/setup</c>: the study's settings (name, languages, consent texts per role and language, contact, link
/// expiry), its forms and schedule (shipped instruments frozen into the study on first use) and its arms with their
/// blinding rule.
/// Every handler reads and writes only <see cref="StudyContext.StudyId"/>'s rows; invalid input re-renders with 400.
/// </summary>
[StudyPage(StudyPolicies.Setup)]
internal sealed partial class SetupModel(AllianceDbContext db) : StudyPageModel
{
    /// <summary>The languages a study can offer participants.</summary>
    public static readonly string[] OfferedLanguages = ["en", "de"];

    public bool Saved { get; private set; }

    /// <summary>The settings as stored, or as last submitted when they are shown again with problems.</summary>
    public SettingsInput Settings { get; private set; } = new();

    public IReadOnlyList<ScheduleLine> Schedule { get; private set; } = [];

    /// <summary>The study's own instruments (newest version of each), offered beside the shipped ones.</summary>
    public IReadOnlyList<Instrument> OwnForms { get; private set; } = [];

    public IReadOnlyList<StudyArm> Arms { get; private set; } = [];

    public IReadOnlyList<string> ArmsInUse { get; private set; } = [];

    /// <summary>The add-a-form fields as last submitted (kept on a re-render).</summary>
    public ScheduleFormInput NewForm { get; private set; } = new() { Role = RaterRole.Client.Name(), SessionsMode = "every" };

    /// <summary>The add-an-arm fields as last submitted.</summary>
    public ArmInput NewArm { get; private set; } = new() { CliniciansSee = true };

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadSettingsAsync(ct);
        await LoadListsAsync(ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(SettingsInput input, ConsentInput consentInput, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(consentInput);
        Settings = input;
        Consent = consentInput;
        await CheckConsentTextsAsync(input, consentInput, ct);
        if (!ModelState.IsValid)
        {
            return await InvalidAsync(settings: false, ct);
        }
        var study = await db.Studies.Include(s => s.ConsentTexts).SingleAsync(s => s.StudyId == Study.StudyId, ct);
        var (offset, days) = (input.DefaultOpeningOffsetDays ?? LinkWindow.DefaultOpeningOffsetDays, input.LinkExpiryDays!.Value);
        study.Name = input.Name;
        study.Languages = [input.DefaultLanguage, .. input.Languages.Where(l => l != input.DefaultLanguage)];
        study.ConsentRequired = input.ConsentRequired;
        ApplyConsent(study, consentInput);
        // Checked by LinkWindow's rule (SettingsInput), saved with the other settings in one change.
        study.DefaultOpeningOffsetDays = offset;
        study.DefaultWindowDays = days;
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.settings", new
        {
            name = input.Name, languages = study.Languages, consentRequired = input.ConsentRequired,
            defaultOpeningOffsetDays = offset, defaultWindowDays = days,
        });
        await db.SaveChangesAsync(ct);
        return Redirect(StudyUrl("setup?saved=true"));
    }

    private async Task<IActionResult> InvalidAsync(bool settings, CancellationToken ct)
    {
        if (settings)
        {
            await LoadSettingsAsync(ct);
        }
        await LoadListsAsync(ct);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task LoadSettingsAsync(CancellationToken ct)
    {
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == Study.StudyId, ct);
        Settings = new SettingsInput
        {
            Name = study.Name,
            Languages = [.. study.Languages],
            DefaultLanguage = ParticipantLanguage.FirstOf(study),
            ConsentRequired = study.ConsentRequired,
            DefaultOpeningOffsetDays = study.DefaultOpeningOffsetDays,
            LinkExpiryDays = study.DefaultWindowDays,
        };
        await LoadConsentAsync(study, ct);
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        OwnForms = await StudyForms.NewestAsync(db, Study.StudyId, ct);
        var rows = await (
            from f in db.ScheduledForms
            where f.StudyId == Study.StudyId
            join v in db.InstrumentVersions on new { f.StudyId, f.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            orderby f.Position
            select new { f.ScheduledFormId, f.Role, v.InstrumentId, v.Version, v.ContentHash, f.SessionNumbers, f.OpeningOffsetDays, f.WindowDays })
            .AsNoTracking().ToListAsync(ct);
        Schedule = [.. rows.Select(r => new ScheduleLine(r.ScheduledFormId, r.Role.Name(), r.InstrumentId, r.Version,
            (ShippedForms.Find(r.InstrumentId) ?? OwnForms.FirstOrDefault(o => o.Id == r.InstrumentId))?.Header.Title.Get(Text.Code) ?? r.InstrumentId,
            r.ContentHash, r.SessionNumbers,
            r.OpeningOffsetDays, r.WindowDays))];
        var defaults = await db.Studies.Where(s => s.StudyId == Study.StudyId)
            .Select(s => new { s.DefaultOpeningOffsetDays, s.DefaultWindowDays }).AsNoTracking().SingleAsync(ct);
        StudyDefaults = new LinkWindow(defaults.DefaultOpeningOffsetDays, defaults.DefaultWindowDays);
        Arms = await db.StudyArms.Where(a => a.StudyId == Study.StudyId).OrderBy(a => a.Code).AsNoTracking().ToListAsync(ct);
        ArmsInUse = await db.Dyads.Where(d => d.StudyId == Study.StudyId && d.Arm != null).Select(d => d.Arm!).Distinct().ToListAsync(ct);
    }
}
