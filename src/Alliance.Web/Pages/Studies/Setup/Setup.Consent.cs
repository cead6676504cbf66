using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The set-up page's consent texts (per invited role and study language) and study contact.</summary>
internal sealed partial class SetupModel
{
    /// <summary>The consent and contact fields as stored, or as last submitted when they are shown again with problems.</summary>
    public ConsentInput Consent { get; private set; } = new();

    /// <summary>
    /// The roles whose consent texts the page asks for: those the schedule invites, in its order; both while it
    /// invites nobody yet, so a study can word its consent before choosing its forms.
    /// </summary>
    public IReadOnlyList<RaterRole> ConsentRoles =>
        Schedule.Select(l => RaterRoleNames.Parse(l.Role)).Distinct().Order().ToList() is { Count: > 0 } invited
            ? invited
            : ConsentText.Roles;

    /// <summary>The languages the consent fields are for: the settings' languages, the default (first) one first.</summary>
    public IReadOnlyList<string> ConsentLanguages =>
        [.. Settings.Languages.OrderBy(l => l != Settings.DefaultLanguage)];

    /// <summary>The consent and contact fields' ids in page order, for the error summary.</summary>
    public IEnumerable<string> ConsentFieldIds =>
        ConsentRoles.SelectMany(r => ConsentLanguages.Select(l => "consent-" + ConsentInput.Key(r, l)))
            .Concat(["contact-name", "contact-email", "contact-phone"]);

    private async Task LoadConsentAsync(Study study, CancellationToken ct)
    {
        var texts = await db.ConsentTexts.AsNoTracking().Where(c => c.StudyId == study.StudyId).ToListAsync(ct);
        Consent = new ConsentInput
        {
            Consent = texts.ToDictionary(c => ConsentInput.Key(c.Role, c.Language), c => c.Text, StringComparer.Ordinal),
            ContactName = study.ContactName ?? "",
            ContactEmail = study.ContactEmail ?? "",
            ContactPhone = study.ContactPhone ?? "",
        };
    }

    /// <summary>
    /// When the study asks for consent, each role it invites needs a text in its first language (the language a
    /// participant falls back to), posted now or stored before; a study that invites nobody yet needs one for some
    /// role. Each missing text is a problem of its own field.
    /// </summary>
    private async Task CheckConsentTextsAsync(SettingsInput settings, ConsentInput consent, CancellationToken ct)
    {
        if (!settings.ConsentRequired || settings.DefaultLanguage.Length == 0)
        {
            return;
        }
        var first = settings.DefaultLanguage;
        var stored = await db.ConsentTexts.AsNoTracking().Where(c => c.StudyId == Study.StudyId && c.Language == first)
            .Select(c => c.Role).ToListAsync(ct);
        bool Has(RaterRole role) => consent.TextOf(role, first) is { } posted ? posted.Length > 0 : stored.Contains(role);
        var invited = await db.ScheduledForms.Where(f => f.StudyId == Study.StudyId).Select(f => f.Role).Distinct().ToListAsync(ct);
        if (invited.Count == 0)
        {
            if (!ConsentText.Roles.Any(Has))
            {
                ModelState.AddModelError("consent-" + ConsentInput.Key(RaterRole.Client, first), Text["setup.consent.empty"]);
            }
            return;
        }
        foreach (var role in invited.Order().Where(r => !Has(r)))
        {
            ModelState.AddModelError("consent-" + ConsentInput.Key(role, first),
                Text.Format("setup.consent.missing", Text["setup.role." + role.Name()], Text["setup.language." + first]));
        }
    }

    /// <summary>Sets or clears each posted text on <paramref name="study"/> (loaded with its texts); texts not posted stay.</summary>
    private static void ApplyConsent(Study study, ConsentInput consent)
    {
        foreach (var (role, language, text) in consent.Texts.Where(t => study.Languages.Contains(t.Language)))
        {
            var existing = study.ConsentTexts.Find(c => c.Role == role && c.Language == language);
            if (text.Length == 0)
            {
                if (existing is not null)
                {
                    study.ConsentTexts.Remove(existing);
                }
            }
            else if (existing is null)
            {
                study.ConsentTexts.Add(new ConsentText { StudyId = study.StudyId, Role = role, Language = language, Text = text });
            }
            else
            {
                existing.Text = text;
            }
        }
        study.Contact = consent.Contact;
    }
}
