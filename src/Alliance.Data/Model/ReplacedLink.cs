namespace Alliance.Data.Model;

/// <summary>
/// A participant link that a reissued link replaced: the old token's SHA-256 and the invitation it belonged to, so
/// that the old link can say "replaced" (in the invitation's language, with the study's contact) instead of
/// "unknown". The old token answers nothing else: it opens no form and stores nothing.
/// </summary>
public sealed class ReplacedLink
{
    public long StudyId { get; set; }

    /// <summary>SHA-256 of the replaced token (unique).</summary>
    public required byte[] TokenHash { get; set; }

    public Guid InvitationId { get; set; }

    public DateTimeOffset ReplacedAt { get; set; }
}
