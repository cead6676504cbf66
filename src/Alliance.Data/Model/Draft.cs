namespace Alliance.Data.Model;

/// <summary>Answers saved so far for an invitation (one per invitation), so a participant can pause and resume.</summary>
public sealed class Draft
{
    public long StudyId { get; set; }

    public Guid InvitationId { get; set; }

    /// <summary>JSON object item id → value (jsonb).</summary>
    public string Answers { get; set; } = "{}";

    public DateTimeOffset UpdatedAt { get; set; }
}
