using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages.Accounts;

/// <summary>
/// <c>/reset/{token}</c>: the e-mailed reset link. A new password (the account page's rules) replaces the old one and
/// ends every sign-in session of the account (<see cref="PasswordResets.ResetAsync"/>); then the sign-in page. An
/// unknown, expired or used link gets a page that says which and offers a new one (404 or 410).
/// </summary>
internal sealed class ResetPasswordModel(AllianceDbContext db, TimeProvider time) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public EmailLinkState State { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        Token = token;
        State = await new PasswordResets(db).StateAsync(token, time.GetUtcNow(), ct);
        return Answer();
    }

    public async Task<IActionResult> OnPostAsync(string token, NewPasswordInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        Text = WorkspaceText.For(Request);
        Token = token;
        var resets = new PasswordResets(db);
        State = await resets.StateAsync(token, time.GetUtcNow(), ct);
        if (State != EmailLinkState.Valid)
        {
            return Answer();
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        (State, _, _) = await resets.ResetAsync(token, PasswordHashing.Hash(input.Password), time.GetUtcNow(), ct);
        return State == EmailLinkState.Valid ? Redirect("/login?reset=true&lang=" + Text.Code) : Answer();
    }

    private PageResult Answer()
    {
        Response.StatusCode = EmailLinkStatus.Of(State);
        return Page();
    }
}
