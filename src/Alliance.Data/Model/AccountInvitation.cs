namespace Alliance.Data.Model;

/// <summary>
/// An owner's invitation of someone without an account to join a study: the e-mailed link's token (stored only as
/// its SHA-256, <see cref="Accounts.SecretToken"/>) sets a password, which creates the account and its membership in
/// <see cref="Role"/>. Single use (<see cref="AcceptedAt"/>), expiring; revoking deletes the row.
/// </summary>
public sealed class AccountInvitation
{
    public long StudyId { get; set; }

    public Guid InvitationId { get; set; }

    /// <summary>Lower-cased address the link was sent to; the account is created with it.</summary>
    public required string Email { get; set; }

    public required string Role { get; set; }

    public required byte[] TokenHash { get; set; }

    /// <summary>The owner who invited (null once their account is gone).</summary>
    public Guid? InvitedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the link was used; a used link is refused with its own page.</summary>
    public DateTimeOffset? AcceptedAt { get; set; }
}
