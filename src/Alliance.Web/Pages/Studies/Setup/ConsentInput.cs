using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The consent and contact fields of the set-up page's settings form: one consent text per rater role and study
/// language (posted as <c>consent[client-en]</c>, the field's id <c>consent-client-en</c>) and the study contact.
/// Whether a text is missing for a role the study invites needs the schedule, so the page checks that itself.
/// </summary>
public sealed class ConsentInput : IFormInput
{
    /// <summary>The texts as posted, by <see cref="Key"/>; read them through <see cref="Texts"/>.</summary>
    public Dictionary<string, string> Consent { get; set; } = new(StringComparer.Ordinal);

    public string ContactName { get; set => field = value?.Trim() ?? ""; } = "";

    public string ContactEmail { get; set => field = value?.Trim() ?? ""; } = "";

    public string ContactPhone { get; set => field = value?.Trim() ?? ""; } = "";

    /// <summary>The key (and, after <c>consent-</c>, the field id) of a role's text in a language: <c>client-en</c>.</summary>
    public static string Key(RaterRole role, string language) => role.Name() + "-" + language;

    /// <summary>
    /// Every posted text of a role and an offered language, trimmed (empty: the text is to be removed); keys of any
    /// other shape are ignored.
    /// </summary>
    public IEnumerable<(RaterRole Role, string Language, string Text)> Texts =>
        from role in ConsentText.Roles
        from language in SetupModel.OfferedLanguages
        where Consent.ContainsKey(Key(role, language))
        select (role, language, Consent[Key(role, language)]?.Trim() ?? "");

    /// <summary>The posted text of a role in a language; null when the form had no such field.</summary>
    public string? TextOf(RaterRole role, string language) =>
        Consent.TryGetValue(Key(role, language), out var text) ? text?.Trim() ?? "" : null;

    /// <summary>The contact as given; null when all three fields are empty.</summary>
    public StudyContact? Contact => StudyContact.Of(Blank(ContactName), Blank(ContactEmail), Blank(ContactPhone));

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        foreach (var (role, language, text) in Texts)
        {
            if (text.Length > ConsentText.MaxLength)
            {
                check.Add("consent-" + Key(role, language), "setup.consent.long");
            }
        }
        if (ContactName.Length > StudyContact.MaxNameLength)
        {
            check.Add("contact-name", "setup.contact.name.long");
        }
        if (ContactEmail.Length > 0 && !StudyContact.IsEmailAddress(ContactEmail))
        {
            check.Add("contact-email", "setup.contact.email.invalid");
        }
        else if (ContactName.Length > 0 && ContactEmail.Length == 0 && ContactPhone.Length == 0)
        {
            check.Add("contact-email", "setup.contact.unreachable");
        }
        if (ContactPhone.Length > 0 && !StudyContact.IsPhoneNumber(ContactPhone))
        {
            check.Add("contact-phone", "setup.contact.phone.invalid");
        }
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;
}
