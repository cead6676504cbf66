using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The set-up page's settings form: name, languages, whether consent is required and the default link window (the
/// consent texts and the contact are <see cref="ConsentInput"/>).
/// </summary>
public sealed class SettingsInput : IFormInput
{
    public string Name { get; set => field = value?.Trim() ?? ""; } = "";

    /// <summary>The offered languages ticked, in the order the page offers them (anything else posted is ignored).</summary>
    /// <remarks>
    /// An array: the binder fills a list-typed property's current list in place (and leaves a read-only one silently
    /// empty), whereas it builds an array anew and hands it to the setter.
    /// </remarks>
    public string[] Languages { get; set => field = [.. SetupModel.OfferedLanguages.Where(l => value?.Contains(l) == true)]; } = [];

    public string DefaultLanguage { get; set => field = value ?? ""; } = "";

    public bool ConsentRequired { get; set; }

    /// <summary>
    /// Days after (negative: before) the session day that links open, for lines without their own
    /// (<c>studies.default_opening_offset_days</c>); empty means the session day.
    /// </summary>
    [SignedNumber]
    public int? DefaultOpeningOffsetDays { get; set; }

    /// <summary>
    /// Days a link stays answerable once open, for lines without their own: the study's default window
    /// (<c>studies.default_window_days</c>). Named after the field it replaced, "links valid for", so forms and
    /// scripts that post it keep working.
    /// </summary>
    public int? LinkExpiryDays { get; set; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Name.Length is 0 or > 200)
        {
            check.Add("name", "setup.name.invalid");
        }
        if (Languages.Length == 0)
        {
            check.Add("language-en", "setup.languages.none");
        }
        else if (!Languages.Contains(DefaultLanguage))
        {
            check.Add("default-language-en", "setup.languages.default");
        }
        WindowFields.Check(check, DefaultOpeningOffsetDays, nameof(DefaultOpeningOffsetDays), "default-offset",
            LinkExpiryDays, nameof(LinkExpiryDays), "link-expiry", required: true);
    }
}
