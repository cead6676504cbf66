using System.Globalization;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// <c>/studies/{id}/setup</c>: the study's settings (name, languages, consent, link expiry), its forms and schedule
/// (shipped instruments frozen into the study on first use) and its arms with their blinding rule.
/// Every handler reads and writes only <see cref="StudyContext.StudyId"/>'s rows; invalid input re-renders with 400.
/// </summary>
[StudyPage(StudyPolicies.Setup)]
internal sealed partial class SetupModel(AllianceDbContext db) : StudyPageModel
{
    /// <summary>The languages a study can offer participants.</summary>
    public static readonly string[] OfferedLanguages = ["en", "de"];

    public FormErrors Errors { get; } = new();

    public bool Saved { get; private set; }

    public string Name { get; private set; } = "";

    public IReadOnlyList<string> Languages { get; private set; } = ["en"];

    public string DefaultLanguage { get; private set; } = "en";

    public bool ConsentRequired { get; private set; }

    public string ConsentText { get; private set; } = "";

    public string LinkExpiryDays { get; private set; } = "14";

    public IReadOnlyList<ScheduleLine> Schedule { get; private set; } = [];

    public IReadOnlyList<StudyArm> Arms { get; private set; } = [];

    public IReadOnlyList<string> ArmsInUse { get; private set; } = [];

    /// <summary>The add-a-form fields as last submitted (kept on a re-render).</summary>
    public (string Role, string Instrument, string Mode, string Sessions) NewForm { get; private set; } = ("client", "", "every", "");

    /// <summary>The add-an-arm fields as last submitted.</summary>
    public (string Code, bool CliniciansSee) NewArm { get; private set; } = ("", true);

    public async Task OnGetAsync(bool saved, CancellationToken ct)
    {
        Saved = saved;
        await LoadSettingsAsync(ct);
        await LoadListsAsync(ct);
    }

    public async Task<IActionResult> OnPostSettingsAsync(string? name, string[]? languages, string? defaultLanguage,
        bool consentRequired, string? consentText, string? linkExpiryDays, CancellationToken ct)
    {
        Name = (name ?? "").Trim();
        Languages = OfferedLanguages.Where(l => languages?.Contains(l) == true).ToList();
        DefaultLanguage = defaultLanguage ?? "";
        ConsentRequired = consentRequired;
        ConsentText = (consentText ?? "").Trim();
        LinkExpiryDays = (linkExpiryDays ?? "").Trim();
        if (Name.Length is 0 or > 200)
        {
            Errors.Add("name", Text["setup.name.invalid"]);
        }
        if (Languages.Count == 0)
        {
            Errors.Add("language-en", Text["setup.languages.none"]);
        }
        else if (!Languages.Contains(DefaultLanguage))
        {
            Errors.Add("default-language-en", Text["setup.languages.default"]);
        }
        if (ConsentRequired && ConsentText.Length == 0)
        {
            Errors.Add("consent-text", Text["setup.consent.empty"]);
        }
        if (ConsentText.Length > 20_000)
        {
            Errors.Add("consent-text", Text["setup.consent.long"]);
        }
        if (!int.TryParse(LinkExpiryDays, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days is < 1 or > 365)
        {
            Errors.Add("link-expiry", Text["setup.expiry.invalid"]);
        }
        if (Errors.Any)
        {
            return await InvalidAsync(settings: false, ct);
        }
        var study = await db.Studies.SingleAsync(s => s.StudyId == Study.StudyId, ct);
        study.Name = Name;
        study.Languages = [DefaultLanguage, .. Languages.Where(l => l != DefaultLanguage)];
        study.ConsentRequired = ConsentRequired;
        study.ConsentText = ConsentText.Length == 0 ? null : ConsentText;
        study.LinkExpiry = TimeSpan.FromDays(days);
        AuditTrail.Add(db, Study.StudyId, Study.Actor, "setup.settings",
            new { name = Name, languages = study.Languages, consentRequired = ConsentRequired, linkExpiryDays = days });
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
        Name = study.Name;
        Languages = study.Languages;
        DefaultLanguage = study.Languages.FirstOrDefault() ?? "en";
        ConsentRequired = study.ConsentRequired;
        ConsentText = study.ConsentText ?? "";
        LinkExpiryDays = ((int)Math.Round(study.LinkExpiry.TotalDays)).ToString(CultureInfo.InvariantCulture);
    }

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var rows = await (
            from f in db.ScheduledForms
            where f.StudyId == Study.StudyId
            join v in db.InstrumentVersions on new { f.StudyId, f.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            orderby f.Position
            select new { f.ScheduledFormId, f.Role, v.InstrumentId, v.Version, v.ContentHash, f.SessionNumbers })
            .AsNoTracking().ToListAsync(ct);
        Schedule = [.. rows.Select(r => new ScheduleLine(r.ScheduledFormId, r.Role, r.InstrumentId, r.Version,
            ShippedForms.Find(r.InstrumentId)?.Header.Title.Get(Text.Code) ?? r.InstrumentId, r.ContentHash, r.SessionNumbers))];
        Arms = await db.StudyArms.Where(a => a.StudyId == Study.StudyId).OrderBy(a => a.Code).AsNoTracking().ToListAsync(ct);
        ArmsInUse = await db.Dyads.Where(d => d.StudyId == Study.StudyId && d.Arm != null).Select(d => d.Arm!).Distinct().ToListAsync(ct);
    }
}
