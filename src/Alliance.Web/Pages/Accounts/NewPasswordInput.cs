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

    public void Check(FormCheck check) => CheckChosen(check, Password, Confirm, null);

    /// <summary>
    /// The rules for a new password, one home for the account page's change form (<see cref="PasswordInput"/>, which
    /// also passes the <paramref name="current"/> one, not to be reused) and the e-mailed links' form.
    /// </summary>
    public static void CheckChosen(FormCheck check, string password, string confirm, string? current)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(password);
        if (password.Length < AccountModel.MinLength)
        {
            check.Add("password", "account.password.short", AccountModel.MinLength);
        }
        else if (password.Length > AccountModel.MaxLength)
        {
            check.Add("password", "account.password.long", AccountModel.MaxLength);
        }
        else if (current is not null && password == current)
        {
            check.Add("password", "account.password.same");
        }
        else if (password != confirm)
        {
            check.Add("confirm", "account.password.mismatch");
        }
    }
}
