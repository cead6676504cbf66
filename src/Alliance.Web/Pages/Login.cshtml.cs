using System.Globalization;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// Researcher sign-in, <c>/login</c>: e-mail and password, a session and its cookie on success (see
/// <see cref="AccountSignIn"/> and <see cref="ResearcherSessions"/>). Too many failures answer 429 with
/// <c>Retry-After</c> and the form again, saying how long to wait.
/// </summary>
internal sealed class LoginModel(AccountSignIn signIn, ResearcherSessions sessions) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    public bool Failed { get; private set; }

    /// <summary>Whole seconds to wait before trying again; zero unless throttled.</summary>
    public int WaitSeconds { get; private set; }

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
        var from = HttpContext.Connection.RemoteIpAddress;
        var result = Input.Complete
            ? await signIn.SignInAsync(Input.Email, Input.Password, from, ct)
            : new AccountSignIn.Result(SignInOutcome.Refused);
        if (result.Outcome == SignInOutcome.Throttled)
        {
            WaitSeconds = (int)Math.Max(1, Math.Ceiling(result.RetryAfter.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = WaitSeconds.ToString(CultureInfo.InvariantCulture);
            return Page();
        }
        if (result.Outcome != SignInOutcome.SignedIn)
        {
            // One message for unknown address and wrong password: the page does not tell which accounts exist.
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await sessions.SignInAsync(HttpContext, result.AccountId, result.Email, ct);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/studies?lang=" + Text.Code);
    }
}
