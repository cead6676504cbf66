namespace Alliance.Data.Model;

/// <summary>
/// A password-reset link sent to an account's address: the token's SHA-256 only, single use (<see cref="UsedAt"/>),
/// short-lived. Like <see cref="ResearcherAccount"/> it has no <c>study_id</c>.
/// </summary>
public sealed class PasswordReset
{
    public required byte[] TokenHash { get; set; }

    public Guid AccountId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
