using Alliance.Data.Mail;
using Alliance.Data.Model;
using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Studies.Access;

/// <summary>The members page's invite form: the e-mail address to invite (one plain address, as the mail queue takes it) and the role.</summary>
public sealed class NewMemberInput : IFormInput
{
    public string Email { get; set => field = value?.Trim() ?? ""; } = "";

    public string Role { get; set => field = value ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (!EmailAddress.TryNormalise(Email, out _) || Email.Length > Data.Accounts.SignInDelays.MaxEmailLength)
        {
            check.Add("email", "access.members.error.email");
        }
        if (!StudyRoles.All.Contains(Role))
        {
            check.Add("role", "access.members.error.role");
        }
    }
}
