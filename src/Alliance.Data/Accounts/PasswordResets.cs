using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Accounts;

/// <summary>
/// Password-reset links (<see cref="PasswordReset"/>). Using one locks its row (<c>FOR UPDATE</c>), sets the new
/// hash, marks every reset link of the account used and ends every sign-in session of the account, all in one
/// transaction. The account's API tokens stay: they are not derived from the password, a reset says nothing about
/// them, and revoking them would silently stop a study's scheduled exports (see docs/architecture.md).
/// </summary>
public sealed class PasswordResets(AllianceDbContext db)
{
    /// <summary>How long a reset link stays usable.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    /// <summary>A new link for the account with <paramref name="email"/>: its account and token, or null when there is no such account.</summary>
    public async Task<(ResearcherAccount Account, string Token)?> CreateAsync(string email, DateTimeOffset now, CancellationToken ct)
    {
        var address = SignInDelays.KeyOf(email);
        // Kept a day past expiry, so a late click still reads "expired" rather than "unknown".
        await db.PasswordResets.Where(r => r.ExpiresAt < now - TimeSpan.FromDays(1)).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var account = await db.ResearcherAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Email == address, ct).ConfigureAwait(false);
        if (account is null)
        {
            return null;
        }
        var token = SecretToken.Create();
        db.PasswordResets.Add(new PasswordReset { TokenHash = SecretToken.HashOf(token), AccountId = account.AccountId, CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return (account, token);
    }

    /// <summary>Where the link with <paramref name="token"/> stands.</summary>
    public async Task<EmailLinkState> StateAsync(string token, DateTimeOffset now, CancellationToken ct)
    {
        var hash = SecretToken.HashOf(token);
        return StateOf(await db.PasswordResets.AsNoTracking().SingleOrDefaultAsync(r => r.TokenHash == hash, ct).ConfigureAwait(false), now);
    }

    /// <summary>Uses the link: the new password, every session ended, audited. The account's id and address when the link was valid.</summary>
    public async Task<(EmailLinkState State, Guid AccountId, string Email)> ResetAsync(string token, string passwordHash, DateTimeOffset now, CancellationToken ct)
    {
        var hash = SecretToken.HashOf(token);
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        var reset = await db.PasswordResets.FromSql($"SELECT * FROM password_resets WHERE token_hash = {hash} FOR UPDATE")
            .AsNoTracking().SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var state = StateOf(reset, now);
        if (state != EmailLinkState.Valid)
        {
            return (state, Guid.Empty, "");
        }
        var accountId = reset!.AccountId;
        await db.PasswordResets.Where(r => r.AccountId == accountId && r.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.UsedAt, now), ct).ConfigureAwait(false);
        await db.ResearcherAccounts.Where(a => a.AccountId == accountId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.PasswordHash, passwordHash), ct).ConfigureAwait(false);
        await new SignInSessions(db).EndAllAsync(accountId, ct).ConfigureAwait(false);
        await AccountAudit.AddAsync(db, accountId, AuditActions.PasswordReset, new { }, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        var email = await db.ResearcherAccounts.Where(a => a.AccountId == accountId).Select(a => a.Email).SingleAsync(ct).ConfigureAwait(false);
        return (EmailLinkState.Valid, accountId, email);
    }

    private static EmailLinkState StateOf(PasswordReset? reset, DateTimeOffset now) =>
        reset is null ? EmailLinkState.Unknown
        : reset.UsedAt is not null ? EmailLinkState.Used
        : reset.ExpiresAt <= now ? EmailLinkState.Expired
        : EmailLinkState.Valid;
}
