namespace Alliance.Data.Model;

/// <summary>One of an account's single-use two-factor recovery codes, stored as its SHA-256 only (80 random bits).</summary>
public sealed class RecoveryCode
{
    public Guid AccountId { get; set; }

    public required byte[] CodeHash { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
