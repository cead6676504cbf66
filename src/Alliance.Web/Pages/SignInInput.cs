namespace Alliance.Web.Pages;

/// <summary>
/// The sign-in form. It has no problems of its own to show: an incomplete form is refused with the same one message
/// as a wrong password, so the page never tells which accounts exist.
/// </summary>
public sealed class SignInInput
{
    public string Email { get; set => field = value ?? ""; } = "";

    public string Password { get; set => field = value ?? ""; } = "";

    /// <summary>Both an address and a password were given.</summary>
    public bool Complete => !string.IsNullOrWhiteSpace(Email) && Password.Length > 0;
}
