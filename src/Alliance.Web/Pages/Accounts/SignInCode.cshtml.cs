using System.Globalization;
using Alliance.Web.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages.Accounts;

/// <summary>
/// <c>/login/code</c>: the second step of signing in to an account with two-factor sign-in, after the right password
/// (<see cref="SecondFactorChallenge"/>). A code from the authenticator app, or a recovery code, starts the session.
/// Wrong and replayed codes are throttled like wrong passwords (429 with <c>Retry-After</c>).
/// </summary>
internal sealed class SignInCodeModel(SecondFactorChallenge challenge, SecondFactorCheck check, ResearcherSessions sessions) : PageModel
{
    public WorkspaceText Text { get; private set; } = null!;

    [BindProperty]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; private set; }

    /// <summary>The message for a refused code (wrong or used already); null when none.</summary>
    public string? Problem { get; private set; }

    public int WaitSeconds { get; private set; }

    public IActionResult OnGet(string? returnUrl)
    {
        Text = WorkspaceText.For(Request);
        ReturnUrl = returnUrl;
        return challenge.Read(HttpContext) is null ? Redirect("/login?lang=" + Text.Code) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken ct)
    {
        Text = WorkspaceText.For(Request);
        ReturnUrl = returnUrl;
        if (challenge.Read(HttpContext) is not { } pending)
        {
            return Redirect("/login?lang=" + Text.Code);
        }
        var result = await check.CheckAsync(pending.AccountId, pending.Email, Code ?? "", HttpContext.Connection.RemoteIpAddress, ct);
        switch (result.Outcome)
        {
            case SecondFactorOutcome.Throttled:
                WaitSeconds = (int)Math.Max(1, Math.Ceiling(result.RetryAfter.TotalSeconds));
                Response.StatusCode = StatusCodes.Status429TooManyRequests;
                Response.Headers.RetryAfter = WaitSeconds.ToString(CultureInfo.InvariantCulture);
                return Page();
            case SecondFactorOutcome.Wrong or SecondFactorOutcome.Replayed:
                Problem = Text[result.Outcome == SecondFactorOutcome.Replayed ? "twoFactor.code.replayed" : "twoFactor.code.wrong"];
                Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Page();
        }
        SecondFactorChallenge.End(HttpContext);
        await sessions.SignInAsync(HttpContext, pending.AccountId, pending.Email, ct);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/studies?lang=" + Text.Code);
    }
}
