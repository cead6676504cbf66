using Alliance.Instruments;

namespace Alliance.Data.Model;

/// <summary>
/// A request for one form: session × role × instrument version. Only the SHA-256 of the link token is stored;
/// imported responses get an invitation without a token.
/// </summary>
public sealed class Invitation
{
    public long StudyId { get; set; }

    public Guid InvitationId { get; set; }

    public Guid SessionId { get; set; }

    /// <summary><see cref="RaterRole.Client"/> or <see cref="RaterRole.Therapist"/> (stored as its name).</summary>
    public required RaterRole Role { get; set; }

    public Guid InstrumentVersionId { get; set; }

    /// <summary>SHA-256 of the link token (unique); null for imported responses.</summary>
    public byte[]? TokenHash { get; set; }

    /// <summary>Where the invitation stands (stored as its name).</summary>
    public required InvitationStatus Status { get; set; }

    /// <summary>
    /// When the link starts taking answers; null when it took them from the start (imported forms, and links issued
    /// before links followed the session calendar).
    /// </summary>
    public DateTimeOffset? OpensAt { get; set; }

    /// <summary>When the link stops taking answers (an expiry at a moment has passed at that moment); null when never.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    public required string Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When a researcher last marked the participant as reminded; null when never.</summary>
    public DateTimeOffset? RemindedAt { get; set; }

    /// <summary>How many reminders were recorded.</summary>
    public int ReminderCount { get; set; }

    /// <summary>The links a reissued link replaced (added by <c>InvitationIssuer.Reissue</c>; not loaded by queries).</summary>
    public List<ReplacedLink> ReplacedLinks { get; set; } = [];
}
