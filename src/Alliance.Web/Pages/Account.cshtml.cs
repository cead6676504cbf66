using System.Security.Claims;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Workspace;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages;

/// <summary>
/// <c>/account</c>: the signed-in researcher changes their own password (the current one is asked for again). The
/// new hash comes from the framework's hasher; wrong current passwords count towards the sign-in delay, and a client
/// that must wait cannot change the password either. A new password ends every other session of the account.
/// </summary>
[Authorize]
internal sealed class AccountModel(AllianceDbContext db, AccountSignIn signIn, ResearcherSessions sessions) : PageModel
{
    /// <summary>Shortest new password accepted (also what <c>alliance accounts add --password-stdin</c> asks for).</summary>
    public const int MinLength = 10;

    /// <summary>Longest accepted: hashing a megabyte of "password" is a denial of service, not a password.</summary>
    public const int MaxLength = 200;

    public WorkspaceText Text { get; private set; } = null!;

    public string Email { get; private set; } = "";

    public bool Changed { get; private set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public void OnGet(bool changed = false)
    {
        Text = WorkspaceText.For(Request);
        Email = User.FindFirstValue(ClaimTypes.Name) ?? "";
        Changed = changed;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        OnGet();
        var accountId = Guid.Parse(User.FindFirstValue(ClaimTypes.NameIdentifier)!);
        var account = await db.ResearcherAccounts.SingleAsync(a => a.AccountId == accountId, ct);
        var from = HttpContext.Connection.RemoteIpAddress;
        // Same rule as sign-in: while this client waits nothing is checked, and wrong passwords count towards the delay.
        var waiting = await signIn.WaitAsync(account.Email, from, ct) > TimeSpan.Zero;
        if (waiting || PasswordHashing.Check(Input.Current, account.PasswordHash) == PasswordVerificationResult.Failed)
        {
            ModelState.AddModelError("current", Text["account.password.wrong"]);
            if (!waiting)
            {
                await signIn.RecordFailureAsync(account.Email, from, ct);
            }
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        account.PasswordHash = PasswordHashing.Hash(Input.Password);
        await db.SaveChangesAsync(ct);
        // Whoever holds another session (or a copy of this cookie) is signed out; this browser gets a new session.
        await sessions.RestartAllAsync(HttpContext, ct);
        return Redirect("/account?changed=true&lang=" + Text.Code);
    }
}
