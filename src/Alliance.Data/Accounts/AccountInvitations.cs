using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Accounts;

/// <summary>
/// Invitations of people without an account to one study (<see cref="AccountInvitation"/>): issued and revoked by an
/// owner (<paramref name="actor"/> is the audit log's actor), accepted through the e-mailed link. Accepting locks the
/// invitation row (<c>FOR UPDATE</c>) and marks it used in the same transaction that creates the account and the
/// membership, so two clicks on the same link cannot both create something.
/// </summary>
public sealed class AccountInvitations(AllianceDbContext db, long studyId, string actor)
{
    /// <summary>How long an invitation link stays usable.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public sealed record Pending(Guid InvitationId, string Email, string Role, DateTimeOffset ExpiresAt);

    /// <summary>Invitations not yet used, newest first (expired ones too, so the owner sees them and can invite again).</summary>
    public Task<List<Pending>> PendingAsync(CancellationToken ct) =>
        db.AccountInvitations.AsNoTracking().Where(i => i.StudyId == studyId && i.AcceptedAt == null)
            .OrderByDescending(i => i.CreatedAt)
            .Select(i => new Pending(i.InvitationId, i.Email, i.Role, i.ExpiresAt)).ToListAsync(ct);

    /// <summary>
    /// A new invitation of <paramref name="email"/> in <paramref name="role"/>; returns the link's token (shown
    /// nowhere but in the e-mail). An earlier unused invitation of the same address to this study is replaced.
    /// </summary>
    public async Task<string> InviteAsync(string email, string role, Guid invitedBy, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = email.Trim().ToLowerInvariant();
        var token = SecretToken.Create();
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        await db.AccountInvitations.Where(i => i.StudyId == studyId && i.Email == address && i.AcceptedAt == null)
            .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.AccountInvitations.Add(new AccountInvitation
        {
            StudyId = studyId, InvitationId = Guid.CreateVersion7(), Email = address, Role = role,
            TokenHash = SecretToken.HashOf(token), InvitedBy = invitedBy, CreatedAt = now, ExpiresAt = now + Lifetime,
        });
        AuditTrail.Add(db, studyId, actor, AuditActions.MemberInvited, new { email = address, role });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return token;
    }

    /// <summary>Withdraws an unused invitation (its link then leads nowhere); false when there is none.</summary>
    public async Task<bool> RevokeAsync(Guid invitationId, CancellationToken ct)
    {
        var invitation = await db.AccountInvitations
            .SingleOrDefaultAsync(i => i.StudyId == studyId && i.InvitationId == invitationId && i.AcceptedAt == null, ct)
            .ConfigureAwait(false);
        if (invitation is null)
        {
            return false;
        }
        db.AccountInvitations.Remove(invitation);
        AuditTrail.Add(db, studyId, actor, AuditActions.InvitationRevoked, new { email = invitation.Email, role = invitation.Role });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }

    /// <summary>Where the link with <paramref name="token"/> stands, with its invitation when there is one.</summary>
    public static async Task<(EmailLinkState State, AccountInvitation? Invitation)> FindAsync(AllianceDbContext db, string token,
        DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = SecretToken.HashOf(token);
        var invitation = await db.AccountInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.TokenHash == hash, ct).ConfigureAwait(false);
        return (StateOf(invitation, now), invitation);
    }

    /// <summary>
    /// Uses the link: creates the account with <paramref name="passwordHash"/> (or keeps the password of an account
    /// made with that address meanwhile) and the membership, marks the invitation used and audits it. Returns the
    /// account when the link was <see cref="EmailLinkState.Valid"/>, and whether it was created now (only then may the
    /// link sign its user in: an older account keeps needing its own password and second factor).
    /// </summary>
    public static async Task<(EmailLinkState State, ResearcherAccount? Account, long StudyId, bool Created)> AcceptAsync(AllianceDbContext db,
        string token, string passwordHash, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var hash = SecretToken.HashOf(token);
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        var invitation = await db.AccountInvitations
            .FromSql($"SELECT * FROM account_invitations WHERE token_hash = {hash} FOR UPDATE")
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var state = StateOf(invitation, now);
        if (state != EmailLinkState.Valid)
        {
            return (state, null, 0, false);
        }
        invitation!.AcceptedAt = now;
        var account = await db.ResearcherAccounts.SingleOrDefaultAsync(a => a.Email == invitation.Email, ct).ConfigureAwait(false);
        var created = account is null;
        if (account is null)
        {
            account = new ResearcherAccount { AccountId = Guid.CreateVersion7(), Email = invitation.Email, PasswordHash = passwordHash, CreatedAt = now };
            db.ResearcherAccounts.Add(account);
        }
        if (!await db.StudyMembers.AnyAsync(m => m.StudyId == invitation.StudyId && m.AccountId == account.AccountId, ct).ConfigureAwait(false))
        {
            db.StudyMembers.Add(new StudyMember { StudyId = invitation.StudyId, AccountId = account.AccountId, Role = invitation.Role, AddedAt = now });
        }
        AuditTrail.Add(db, invitation.StudyId, $"account:{account.AccountId:D} {account.Email}", AuditActions.InvitationAccepted,
            new { email = account.Email, role = invitation.Role });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return (EmailLinkState.Valid, account, invitation.StudyId, created);
    }

    private static EmailLinkState StateOf(AccountInvitation? invitation, DateTimeOffset now) =>
        invitation is null ? EmailLinkState.Unknown
        : invitation.AcceptedAt is not null ? EmailLinkState.Used
        : invitation.ExpiresAt <= now ? EmailLinkState.Expired
        : EmailLinkState.Valid;
}
