namespace Alliance.Data.Model;

/// <summary>
/// A submitted form. At most one per invitation (unique constraint), so a double submit fails in the database
/// itself. The view <c>response_items</c> shows its answers in long form.
/// </summary>
public sealed class Response
{
    public long StudyId { get; set; }

    public Guid ResponseId { get; set; }

    public Guid InvitationId { get; set; }

    /// <summary>The client's Idempotency-Key (or the import's row key); a retry with the same key is the same submit.</summary>
    public required string IdempotencyKey { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>JSON object item id → number or null for a skipped item (jsonb).</summary>
    public required string Answers { get; set; }

    /// <summary>JSON object score name → number (jsonb), null when not scored.</summary>
    public string? Scores { get; set; }

    /// <summary><c>web</c>, <c>import</c> or <c>demo</c>.</summary>
    public required string Source { get; set; }
}
