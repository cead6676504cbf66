using System.Globalization;
using Alliance.Web.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages;

/// <summary>
/// Researcher sign-in, <c>/login</c>: e-mail and password, a session and its cookie on success (see
/// <see cref="AccountSignIn"/> and <see cref="ResearcherSessions"/>). Too many failures answer 429 with
/// <c>Retry-After</c> and the form again, saying how long to wait. For an account with two-factor sign-in the right
/// password leads on to <c>/login/code</c> (<see cref="SecondFactorChallenge"/>) instead of a session.
/// </summary>
internal sealed class LoginModel(AccountSignIn signIn, ResearcherSessions sessions, SecondFactorChallenge challenge) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    [BindProperty]
    public SignInInput Input { get; set; } = new();

    public bool Failed { get; private set; }

    /// <summary>Whole seconds to wait before trying again; zero unless throttled.</summary>
    public int WaitSeconds { get; private set; }

    public string? ReturnUrl { get; private set; }

    /// <summary>Arrived from a password reset: the new password is set, every session ended.</summary>
    public bool WasReset { get; private set; }

    public void OnGet(string? returnUrl, bool reset = false)
    {
        Text = WorkspaceText.For(Request);
        ReturnUrl = returnUrl;
        WasReset = reset;
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
        if (result.Outcome == SignInOutcome.Refused)
        {
            // One message for unknown address and wrong password: the page does not tell which accounts exist.
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        if (result.Outcome == SignInOutcome.SecondFactor)
        {
            challenge.Start(HttpContext, result.AccountId, result.Email);
            return Redirect("/login/code?lang=" + Text.Code + (Url.IsLocalUrl(returnUrl) ? "&returnUrl=" + Uri.EscapeDataString(returnUrl) : ""));
        }
        await sessions.SignInAsync(HttpContext, result.AccountId, result.Email, ct);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/studies?lang=" + Text.Code);
    }
}
