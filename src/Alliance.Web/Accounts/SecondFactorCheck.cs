using System.Net;
using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Web.Workspace;

namespace Alliance.Web.Accounts;

/// <summary>
/// Checks a code for an account with two-factor sign-in on (at sign-in, and to turn it off): throttled exactly like
/// passwords (<see cref="AccountSignIn.WaitAsync"/>, the per-address and per-client delays of
/// <see cref="SignInDelays"/>), every wrong or replayed code counted as a wrong password. A TOTP code is accepted
/// once (its time step is claimed); a recovery code once.
/// </summary>
internal sealed class SecondFactorCheck(AllianceDbContext db, AccountSignIn signIn, TwoFactorKeys keys, TimeProvider time)
{
    public sealed record Result(SecondFactorOutcome Outcome, TimeSpan RetryAfter = default);

    public async Task<Result> CheckAsync(Guid accountId, string email, string code, IPAddress? from, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(code);
        var wait = await signIn.WaitAsync(email, from, ct);
        if (wait > TimeSpan.Zero)
        {
            return new Result(SecondFactorOutcome.Throttled, wait);
        }
        var accounts = new TwoFactorAccounts(db);
        var state = await accounts.StateAsync(accountId, ct);
        var outcome = SecondFactorOutcome.Wrong;
        if (state is { Enabled: true, ProtectedSecret: { } stored })
        {
            var step = Totp.Match(keys.Unprotect(stored), code, time.GetUtcNow(), lastUsedStep: null);
            if (step is { } s)
            {
                outcome = await accounts.ClaimStepAsync(accountId, s, ct) ? SecondFactorOutcome.Accepted : SecondFactorOutcome.Replayed;
            }
            else if (code.Count(char.IsAsciiLetterOrDigit) > Totp.Digits
                && await accounts.UseRecoveryCodeAsync(accountId, code, time.GetUtcNow(), ct))
            {
                outcome = SecondFactorOutcome.RecoveryCodeUsed;
            }
        }
        if (outcome is SecondFactorOutcome.Wrong or SecondFactorOutcome.Replayed)
        {
            await signIn.RecordFailureAsync(email, from, ct);
        }
        else
        {
            await signIn.ClearAsync(email, from, ct);
        }
        return new Result(outcome);
    }
}
