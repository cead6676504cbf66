using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages;

/// <summary>
/// The account page's change-password form. Whether the current password is right is the handler's check (it needs
/// the account, and counts towards the lockout).
/// </summary>
public sealed class PasswordInput : IFormInput
{
    public string Current { get; set => field = value ?? ""; } = "";

    public string Password { get; set => field = value ?? ""; } = "";

    public string Confirm { get; set => field = value ?? ""; } = "";

    public void Check(FormCheck check) => Accounts.NewPasswordInput.CheckChosen(check, Password, Confirm, Current);
}
