using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Accounts;

/// <summary>
/// An account's two-factor state (<see cref="TwoFactorSecret"/>, <see cref="RecoveryCode"/>). The secret reaches
/// this class already encrypted (the web host's data protector); codes are checked by the caller with
/// <see cref="Totp.Match"/> and then claimed here with one conditional <c>UPDATE</c>, so the same code sent twice at
/// the same moment is accepted once.
/// </summary>
public sealed class TwoFactorAccounts(AllianceDbContext db)
{
    public sealed record State(bool Enabled, string? ProtectedSecret, long? LastUsedStep, int RecoveryCodesLeft);

    /// <summary>The account's state; a secret without <see cref="State.Enabled"/> is an enrolment in progress.</summary>
    public async Task<State> StateAsync(Guid accountId, CancellationToken ct)
    {
        var secret = await db.TwoFactorSecrets.AsNoTracking().SingleOrDefaultAsync(s => s.AccountId == accountId, ct).ConfigureAwait(false);
        var left = await db.RecoveryCodes.CountAsync(c => c.AccountId == accountId && c.UsedAt == null, ct).ConfigureAwait(false);
        return new State(secret?.ConfirmedAt is not null, secret?.ProtectedSecret, secret?.LastUsedStep, left);
    }

    /// <summary>Whether sign-in asks this account for a code.</summary>
    public Task<bool> IsEnabledAsync(Guid accountId, CancellationToken ct) =>
        db.TwoFactorSecrets.AnyAsync(s => s.AccountId == accountId && s.ConfirmedAt != null, ct);

    /// <summary>Starts (or restarts) an enrolment with a new secret; nothing changes while two-factor sign-in is on.</summary>
    public async Task<bool> StartAsync(Guid accountId, string protectedSecret, DateTimeOffset now, CancellationToken ct)
    {
        // Set-based, not through tracked rows: confirming and claiming change the row with ExecuteUpdate.
        if (await IsEnabledAsync(accountId, ct).ConfigureAwait(false))
        {
            return false;
        }
        var restarted = await db.TwoFactorSecrets.Where(s => s.AccountId == accountId && s.ConfirmedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ProtectedSecret, protectedSecret).SetProperty(s => s.CreatedAt, now)
                .SetProperty(s => s.LastUsedStep, (long?)null), ct).ConfigureAwait(false);
        if (restarted == 0)
        {
            var row = new TwoFactorSecret { AccountId = accountId, ProtectedSecret = protectedSecret, CreatedAt = now };
            db.TwoFactorSecrets.Add(row);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            db.Entry(row).State = EntityState.Detached;
        }
        return true;
    }

    /// <summary>
    /// Turns two-factor sign-in on after a right code of <paramref name="step"/> from the pending secret, with the
    /// hashes of new recovery codes; audited. False when there is no enrolment in progress.
    /// </summary>
    public async Task<bool> ConfirmAsync(Guid accountId, long step, IEnumerable<byte[]> recoveryHashes, DateTimeOffset now, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        var changed = await db.TwoFactorSecrets.Where(s => s.AccountId == accountId && s.ConfirmedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.ConfirmedAt, now).SetProperty(s => s.LastUsedStep, step), ct).ConfigureAwait(false);
        if (changed == 0)
        {
            return false;
        }
        await db.RecoveryCodes.Where(c => c.AccountId == accountId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.RecoveryCodes.AddRange(recoveryHashes.Select(h => new RecoveryCode { AccountId = accountId, CodeHash = h }));
        await AccountAudit.AddAsync(db, accountId, AuditActions.TwoFactorOn, new { }, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Claims a right code's time step: false when a code of this step or a later one was accepted already (a replay).</summary>
    public async Task<bool> ClaimStepAsync(Guid accountId, long step, CancellationToken ct) =>
        await db.TwoFactorSecrets
            .Where(s => s.AccountId == accountId && s.ConfirmedAt != null && (s.LastUsedStep == null || s.LastUsedStep < step))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LastUsedStep, step), ct).ConfigureAwait(false) == 1;

    /// <summary>Uses up a recovery code (audited); false when it is not one of the account's unused codes.</summary>
    public async Task<bool> UseRecoveryCodeAsync(Guid accountId, string code, DateTimeOffset now, CancellationToken ct)
    {
        var hash = RecoveryCodes.HashOf(code);
        var used = await db.RecoveryCodes.Where(c => c.AccountId == accountId && c.CodeHash == hash && c.UsedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(c => c.UsedAt, now), ct).ConfigureAwait(false) == 1;
        if (used)
        {
            var left = await db.RecoveryCodes.CountAsync(c => c.AccountId == accountId && c.UsedAt == null, ct).ConfigureAwait(false);
            await AccountAudit.AddAsync(db, accountId, AuditActions.RecoveryCodeUsed, new { left }, ct).ConfigureAwait(false);
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        return used;
    }

    /// <summary>Turns two-factor sign-in off: secret and recovery codes deleted; audited.</summary>
    public Task DisableAsync(Guid accountId, CancellationToken ct) => DeleteAsync(accountId, AuditActions.TwoFactorOff, ct);

    /// <summary>
    /// The same, done by an operator for someone who lost their second factor (<c>alliance accounts two-factor-off</c>):
    /// audited as <see cref="AuditActions.TwoFactorRemoved"/>, so their studies' logs do not say they did it themselves.
    /// </summary>
    public Task RemoveAsync(Guid accountId, CancellationToken ct) => DeleteAsync(accountId, AuditActions.TwoFactorRemoved, ct);

    private async Task DeleteAsync(Guid accountId, string action, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        await db.RecoveryCodes.Where(c => c.AccountId == accountId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.TwoFactorSecrets.Where(s => s.AccountId == accountId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await AccountAudit.AddAsync(db, accountId, action, new { }, ct).ConfigureAwait(false);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }
}
