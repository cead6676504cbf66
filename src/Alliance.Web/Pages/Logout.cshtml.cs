using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// <c>/logout</c>: signing out is a POST with an antiforgery token (a link or image elsewhere cannot sign anyone
/// out); the GET shows the buttons, or says the visitor is signed out already. Signing out ends this browser's
/// session on the server (a copy of the cookie stops working too); "sign out everywhere" ends all of the account's.
/// </summary>
internal sealed class LogoutModel(ResearcherSessions sessions) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public bool SignedIn { get; private set; }

    public void OnGet()
    {
        Text = WorkspaceText.For(Request);
        SignedIn = User.Identity?.IsAuthenticated == true;
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => SignOutAsync(everywhere: false, ct);

    public Task<IActionResult> OnPostEverywhereAsync(CancellationToken ct) => SignOutAsync(everywhere: true, ct);

    private async Task<IActionResult> SignOutAsync(bool everywhere, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        await sessions.SignOutAsync(HttpContext, everywhere, ct);
        return LocalRedirect("/logout?lang=" + Text.Code);
    }
}
