using System.Security.Claims;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>Researcher sign-in, <c>/login</c>: e-mail and password, a cookie on success (see <see cref="AccountSignIn"/>).</summary>
internal sealed class LoginModel(AccountSignIn signIn) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    public bool Failed { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl)
    {
        Text = WorkspaceText.For(Request);
        ReturnUrl = returnUrl;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        ReturnUrl = returnUrl;
        var result = Input.Complete
            ? await signIn.SignInAsync(Input.Email, Input.Password, ct)
            : new AccountSignIn.Result(SignInOutcome.Refused);
        if (result.Outcome != SignInOutcome.SignedIn)
        {
            // One message for unknown address, wrong password and lockout: the page does not tell which accounts exist.
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        var identity = new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, result.AccountId.ToString()), new Claim(ClaimTypes.Name, result.Email)],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/studies?lang=" + Text.Code);
    }
}
