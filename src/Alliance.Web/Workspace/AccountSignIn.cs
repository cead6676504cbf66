using System.Net;
using Alliance.Data;
using Alliance.Data.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Workspace;

/// <summary>
/// Checks a researcher's e-mail and password against <c>researcher_accounts</c>, throttled twice before any password
/// is checked: per client across addresses (<see cref="SignInAddressLimiter"/>, in memory) and per address and
/// client (<see cref="SignInDelays"/>, in PostgreSQL, so every instance applies it). A throttled attempt is answered
/// without checking the password and without counting, so nobody can stretch a delay beyond
/// <see cref="SignInOptions.MaxDelay"/>, and failures from one client never delay the account's owner elsewhere.
/// </summary>
/// <remarks>
/// For an account with two-factor sign-in a right password answers <see cref="SignInOutcome.SecondFactor"/> and does
/// not end the streak of failures: only the right code does, so someone who knows the password cannot reset the
/// delay on wrong codes by entering it again.
/// </remarks>
internal sealed class AccountSignIn(AllianceDbContext db, TimeProvider time, SignInAddressLimiter addressLimiter,
    IOptions<SignInOptions> options)
{
    /// <summary>Verified against for unknown addresses, so they take as long as known ones.</summary>
    private static readonly string DecoyHash = PasswordHashing.Hash(Guid.NewGuid().ToString());

    public sealed record Result(SignInOutcome Outcome, Guid AccountId = default, string Email = "", TimeSpan RetryAfter = default);

    private SignInDelays Delays => new(db, options.Value.Delays);

    public async Task<Result> SignInAsync(string email, string password, IPAddress? from, CancellationToken ct)
    {
        var client = SignInClient.Of(from);
        var wait = await WaitAsync(email, from, ct);
        if (wait > TimeSpan.Zero)
        {
            return new Result(SignInOutcome.Throttled, RetryAfter: wait);
        }
        var address = SignInDelays.KeyOf(email);
        var account = await db.ResearcherAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == address, ct);
        // Unknown addresses are verified against a decoy and counted like wrong passwords: same time, same answers.
        var check = PasswordHashing.Check(password, account?.PasswordHash ?? DecoyHash);
        if (account is null || check == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(email, from, ct);
            return new Result(SignInOutcome.Refused);
        }
        if (check == PasswordVerificationResult.SuccessRehashNeeded)
        {
            // A hash in an older format (or with older parameters) is replaced while the password is at hand.
            var hash = PasswordHashing.Hash(password);
            await db.ResearcherAccounts.Where(a => a.AccountId == account.AccountId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.PasswordHash, hash), ct);
        }
        if (await new TwoFactorAccounts(db).IsEnabledAsync(account.AccountId, ct))
        {
            return new Result(SignInOutcome.SecondFactor, account.AccountId, account.Email);
        }
        await Delays.ClearAsync(email, client, ct);
        return new Result(SignInOutcome.SignedIn, account.AccountId, account.Email);
    }

    /// <summary>How long <paramref name="from"/> must wait before a password for <paramref name="email"/> is checked (zero: none).</summary>
    public async Task<TimeSpan> WaitAsync(string email, IPAddress? from, CancellationToken ct)
    {
        var client = SignInClient.Of(from);
        var now = time.GetUtcNow();
        var perClient = addressLimiter.Wait(client);
        var perAccount = await Delays.BlockedUntilAsync(email, client, now, ct) is { } until ? until - now : TimeSpan.Zero;
        return perClient > perAccount ? perClient : perAccount;
    }

    /// <summary>Ends the streak of failures of <paramref name="from"/> for <paramref name="email"/> (a right second factor).</summary>
    public Task ClearAsync(string email, IPAddress? from, CancellationToken ct) => Delays.ClearAsync(email, SignInClient.Of(from), ct);

    /// <summary>Counts a wrong password for <paramref name="email"/> from <paramref name="from"/> (also the account page's, and wrong two-factor codes).</summary>
    public async Task RecordFailureAsync(string email, IPAddress? from, CancellationToken ct)
    {
        var client = SignInClient.Of(from);
        addressLimiter.RecordFailure(client);
        await Delays.RecordFailureAsync(email, client, time.GetUtcNow(), ct);
    }
}
