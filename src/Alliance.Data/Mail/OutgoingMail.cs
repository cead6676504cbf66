namespace Alliance.Data.Mail;

/// <summary>
/// One e-mail to queue (<see cref="MailQueue.EnqueueAsync"/>): plain text, one recipient. The address, name, subject and
/// body are stored encrypted by the data-protection key ring, so the queue in a database dump shows no address.
/// </summary>
public sealed record OutgoingMail
{
    /// <summary>The recipient's address (checked by <see cref="EmailAddress.TryNormalise"/> before it is queued).</summary>
    public required string To { get; init; }

    /// <summary>The recipient's display name, or null.</summary>
    public string? ToName { get; init; }

    public required string Subject { get; init; }

    /// <summary>Plain-text body (UTF-8).</summary>
    public required string Body { get; init; }

    /// <summary>What the mail is for, e.g. <c>session.invitation</c>, <c>account.reset</c> (<see cref="MailPurposes"/>).</summary>
    public required string Purpose { get; init; }

    /// <summary>
    /// Unique per message meant: queuing a second mail with the same key does nothing, so a job that runs twice (or on
    /// two instances) sends once. E.g. <c>invitation:{studyId}:{invitationId}:invite</c>; a one-off mail (a password
    /// reset) passes a fresh value.
    /// </summary>
    public required string DedupeKey { get; init; }

    /// <summary>The study the mail belongs to (listed on its mail page, audited in its log), or null (account mail).</summary>
    public long? StudyId { get; init; }

    /// <summary>The participant (client or therapist id) the mail is to, so erasing them deletes their mail; or null.</summary>
    public Guid? ParticipantId { get; init; }

    /// <summary>Where the recipient stops further mail (sent as <c>List-Unsubscribe</c>), or null.</summary>
    public Uri? UnsubscribeUrl { get; init; }
}
