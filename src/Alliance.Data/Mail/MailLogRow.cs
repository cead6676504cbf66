namespace Alliance.Data.Mail;

/// <summary>One queued message as a study's mail page lists it (no address but the masked one, no body).</summary>
public sealed record MailLogRow(Guid MessageId, string Purpose, string RecipientMasked, string Subject, string Status,
    int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, DateTimeOffset CreatedAt, DateTimeOffset? SentAt);
