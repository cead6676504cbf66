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
/// new hash comes from the framework's hasher; wrong current passwords count towards the sign-in lockout, and a
/// locked account cannot change its password.
/// </summary>
[Authorize]
internal sealed class AccountModel(AllianceDbContext db, TimeProvider time) : PageModel
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
        var now = time.GetUtcNow();
        var right = PasswordHashing.Check(Input.Current, account.PasswordHash) != PasswordVerificationResult.Failed;
        if (!right || account.LockedUntil > now)
        {
            // Same rule as sign-in: while locked nothing is accepted, and five wrong passwords lock the account.
            ModelState.AddModelError("current", Text["account.password.wrong"]);
            if (!right)
            {
                var accounts = db.ResearcherAccounts.Where(a => a.AccountId == accountId);
                await accounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), ct);
                await accounts.Where(a => a.FailedSignIns >= AccountSignIn.MaxFailures).ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedUntil, now + AccountSignIn.LockoutPeriod), ct);
            }
        }
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        account.PasswordHash = PasswordHashing.Hash(Input.Password);
        account.FailedSignIns = 0;
        await db.SaveChangesAsync(ct);
        return Redirect("/account?changed=true&lang=" + Text.Code);
    }
}
