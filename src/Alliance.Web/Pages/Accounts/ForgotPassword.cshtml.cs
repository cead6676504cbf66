using System.Diagnostics;
using System.Globalization;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Alliance.Web.Pages.Accounts;

/// <summary>
/// <c>/login/forgot</c>: asks for a password-reset link by e-mail (<see cref="PasswordResets"/>). The answer is the
/// same page, status and (to within scheduling noise) time whether or not the address has an account: every request
/// counts towards the sign-in delay of the address from this client, known or not, and is answered no sooner than
/// <see cref="AnswerFloor"/> after it arrived, which covers the extra work (a row and a queued message) done for a
/// known address.
/// </summary>
internal sealed class ForgotPasswordModel(AllianceDbContext db, AccountSignIn signIn, AccountMail mail, TimeProvider time) : PageModel
{
    public static readonly TimeSpan AnswerFloor = TimeSpan.FromMilliseconds(750);

    public WorkspaceText Text { get; private set; } = null!;

    [BindProperty]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public int WaitSeconds { get; private set; }

    public void OnGet() => Text = WorkspaceText.For(Request);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        Text = WorkspaceText.For(Request);
        Email = (Email ?? "").Trim();
        var from = HttpContext.Connection.RemoteIpAddress;
        var wait = Email.Length == 0 ? TimeSpan.Zero : await signIn.WaitAsync(Email, from, ct);
        if (wait > TimeSpan.Zero)
        {
            WaitSeconds = (int)Math.Max(1, Math.Ceiling(wait.TotalSeconds));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = WaitSeconds.ToString(CultureInfo.InvariantCulture);
        }
        else if (Email.Length > 0)
        {
            await signIn.RecordFailureAsync(Email, from, ct);
            if (await new PasswordResets(db).CreateAsync(Email, time.GetUtcNow(), ct) is { } reset)
            {
                await mail.SendResetAsync(Request, reset.Account.Email, reset.Token, Text, ct);
            }
            Sent = true;
        }
        var left = AnswerFloor - Stopwatch.GetElapsedTime(started);
        if (left > TimeSpan.Zero)
        {
            await Task.Delay(left, ct);
        }
        return Page();
    }
}
