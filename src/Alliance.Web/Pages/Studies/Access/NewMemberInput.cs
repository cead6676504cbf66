using Alliance.Data.Model;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>The members page's add-a-member form: an existing account's e-mail address and the role it gets.</summary>
public sealed class NewMemberInput : IFormInput
{
    public string Email { get; set => field = value?.Trim() ?? ""; } = "";

    public string Role { get; set => field = value ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Email.Length is 0 or > 254 || !Email.Contains('@', StringComparison.Ordinal))
        {
            check.Add("email", "access.members.error.email");
        }
        if (!StudyRoles.All.Contains(Role))
        {
            check.Add("role", "access.members.error.role");
        }
    }
}
