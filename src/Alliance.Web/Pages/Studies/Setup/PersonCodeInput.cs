using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>
/// The participants page's add-a-therapist and add-a-client forms: one pseudonymous code and, optionally, the language
/// of the participant's links. Whether the study offers that language is the handler's check (it needs the database).
/// </summary>
public abstract class PersonCodeInput : IFormInput
{
    public string Code { get; set => field = value?.Trim() ?? ""; } = "";

    /// <summary>The language's tag, or null (nothing chosen) for the study's first language.</summary>
    public string? Language { get; set => field = string.IsNullOrWhiteSpace(value) ? null : value.Trim(); }

    /// <summary>The id of the form's code field.</summary>
    public abstract string Field { get; }

    /// <summary>The id of the form's language field.</summary>
    public abstract string LanguageField { get; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!SetupCodes.IsParticipantCode(Code))
        {
            check.Add(Field, "setup.code.invalid");
        }
    }
}
