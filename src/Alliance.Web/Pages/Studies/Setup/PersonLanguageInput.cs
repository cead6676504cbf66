using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's change-a-language forms: a therapist or client by code and the language of their links
/// from now on (nothing chosen: the study's first language). Whether the code and the language are the study's is the
/// handler's check.
/// </summary>
public abstract class PersonLanguageInput : IFormInput
{
    public string Code { get; set => field = value?.Trim() ?? ""; } = "";

    /// <summary>The language's tag, or null for the study's first language.</summary>
    public string? Language { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    /// <summary>The id of the form's participant field.</summary>
    public abstract string Field { get; }

    /// <summary>The id of the form's language field.</summary>
    public string LanguageField => Field + "-language";

    /// <summary>The wording key of the problem "no such participant".</summary>
    public abstract string UnknownKey { get; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Code.Length == 0)
        {
            check.Add(Field, UnknownKey);
        }
    }
}
