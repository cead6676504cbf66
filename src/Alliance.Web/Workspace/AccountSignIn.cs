using Alliance.Data;
using Alliance.Data.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Workspace;

/// <summary>
/// Checks a researcher's e-mail and password against <c>researcher_accounts</c>, counting wrong passwords in the
/// database (<c>failed_sign_ins</c>, <c>locked_until</c>) so every server process sees the same count: after
/// <see cref="MaxFailures"/> wrong passwords the account is locked for <see cref="LockoutPeriod"/>.
/// </summary>
internal sealed class AccountSignIn(AllianceDbContext db, TimeProvider time)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockoutPeriod = TimeSpan.FromMinutes(15);

    /// <summary>Verified against for unknown addresses, so they take as long as known ones.</summary>
    private static readonly string DecoyHash = PasswordHashing.Hash(Guid.NewGuid().ToString());

    public sealed record Result(SignInOutcome Outcome, Guid AccountId = default, string Email = "");

    public async Task<Result> SignInAsync(string email, string password, CancellationToken ct)
    {
        var address = email.Trim().ToLowerInvariant();
        var account = await db.ResearcherAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == address, ct);
        if (account is null)
        {
            PasswordHashing.Verify(password, DecoyHash);
            return new Result(SignInOutcome.Refused);
        }
        var now = time.GetUtcNow();
        // Verified even when locked, so a locked account answers in the same time as any other.
        var check = PasswordHashing.Check(password, account.PasswordHash);
        if (account.LockedUntil > now)
        {
            return new Result(SignInOutcome.LockedOut);
        }
        var accounts = db.ResearcherAccounts.Where(a => a.AccountId == account.AccountId);
        if (check != Microsoft.AspNetCore.Identity.PasswordVerificationResult.Failed)
        {
            // A hash in an older format (or with older parameters) is replaced while the password is at hand.
            var hash = check == Microsoft.AspNetCore.Identity.PasswordVerificationResult.SuccessRehashNeeded
                ? PasswordHashing.Hash(password) : account.PasswordHash;
            await accounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0)
                .SetProperty(a => a.LockedUntil, (DateTimeOffset?)null).SetProperty(a => a.PasswordHash, hash), ct);
            return new Result(SignInOutcome.SignedIn, account.AccountId, account.Email);
        }
        // Two single-row statements rather than read-modify-write: concurrent wrong guesses each count.
        await accounts.ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), ct);
        var locked = await accounts.Where(a => a.FailedSignIns >= MaxFailures)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedUntil, now + LockoutPeriod), ct);
        return new Result(locked > 0 ? SignInOutcome.LockedOut : SignInOutcome.Refused);
    }
}
