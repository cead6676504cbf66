using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>The participants page's add-a-therapist and add-a-client forms: one pseudonymous code.</summary>
public abstract class PersonCodeInput : IFormInput
{
    public string Code { get; set => field = value?.Trim() ?? ""; } = "";

    /// <summary>The id of the form's code field.</summary>
    public abstract string Field { get; }

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!SetupCodes.IsParticipantCode(Code))
        {
            check.Add(Field, "setup.code.invalid");
        }
    }
}
