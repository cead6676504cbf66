using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// <c>/logout</c>: signing out is a POST with an antiforgery token (a link or image elsewhere cannot sign anyone
/// out); the GET shows the button, or says the visitor is signed out already.
/// </summary>
internal sealed class LogoutModel : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    public bool SignedIn { get; private set; }

    public void OnGet()
    {
        Text = WorkspaceText.For(Request);
        SignedIn = User.Identity?.IsAuthenticated == true;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Text = WorkspaceText.For(Request);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/logout?lang=" + Text.Code);
    }
}
