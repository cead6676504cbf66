using Alliance.Web.Workspace.Forms;

namespace Alliance.Web.Pages.Accounts;

/// <summary>
/// A password chosen from an e-mailed link (an account invitation, a reset): the account page's rules
/// (<see cref="AccountModel.MinLength"/> to <see cref="AccountModel.MaxLength"/> characters, typed twice the same).
/// </summary>
public sealed class NewPasswordInput : IFormInput
{
    public string Password { get; set => field = value ?? ""; } = "";

    public string Confirm { get; set => field = value ?? ""; } = "";

    public void Check(FormCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        if (Password.Length < AccountModel.MinLength)
        {
            check.Add("password", "account.password.short", AccountModel.MinLength);
        }
        else if (Password.Length > AccountModel.MaxLength)
        {
            check.Add("password", "account.password.long", AccountModel.MaxLength);
        }
        else if (Password != Confirm)
        {
            check.Add("confirm", "account.password.mismatch");
        }
    }
}
