using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages;

/// <summary>The studies page's create-a-study form: the new study's name.</summary>
public sealed class NewStudyInput : IFormInput
{
    public string Name { get; set => field = value?.Trim() ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Name.Length is 0 or > 200)
        {
            check.Add("study-name", "setup.name.invalid");
        }
    }
}
