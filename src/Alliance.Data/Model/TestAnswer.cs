namespace Alliance.Data.Model;

/// <summary>
/// One set of answers sent through a <see cref="TestLink"/>: kept for the study's team to check the form's scoring,
/// never study data. A test link takes any number of them; the idempotency key makes a resent form count once.
/// </summary>
public sealed class TestAnswer
{
    public long StudyId { get; set; }

    public Guid TestAnswerId { get; set; }

    public Guid TestLinkId { get; set; }

    /// <summary>The review step's key: the same form sent twice is stored once.</summary>
    public required string IdempotencyKey { get; set; }

    /// <summary>JSON object item id → value (jsonb), as checked by the instrument's scorer.</summary>
    public required string Answers { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }
}
