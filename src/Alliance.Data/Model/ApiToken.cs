namespace Alliance.Data.Model;

/// <summary>
/// A bearer token for the JSON API, scoped to one study membership: only the SHA-256 of the token is stored,
/// and removing the membership removes the token.
/// </summary>
public sealed class ApiToken
{
    public long StudyId { get; set; }

    public Guid TokenId { get; set; }

    public Guid AccountId { get; set; }

    /// <summary>SHA-256 of the token's UTF-8 text.</summary>
    public required byte[] TokenHash { get; set; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
