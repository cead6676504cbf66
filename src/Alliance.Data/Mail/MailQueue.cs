using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

/// <summary>
/// The outgoing mail queue (table <c>mail_messages</c>, docs/architecture.md "Mail queue"). Anything that sends mail
/// queues it here with <see cref="EnqueueAsync"/>, in the same transaction as the work it belongs to; the web host's
/// mail worker sends it (<see cref="SendDueAsync"/>), through SMTP or into the outbox directory.
/// <para>
/// The recipient, subject line, body and unsubscribe link are stored as one data-protection payload
/// (purpose <see cref="ProtectorPurpose"/>), so the queue in a database dump shows only the masked address and the subject.
/// </para>
/// </summary>
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix",
    Justification = "It is a queue: a table of messages taken in due order; the name is the field's word for it.")]
public sealed partial class MailQueue(IDataProtectionProvider protection)
{
    /// <summary>The data-protection purpose of queued messages' contents.</summary>
    public const string ProtectorPurpose = "Alliance.Mail.Message.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(ProtectorPurpose);

    /// <summary>
    /// Queues <paramref name="message"/> to be sent now; false when a message with its
    /// <see cref="OutgoingMail.DedupeKey"/> is already queued or sent (nothing is added then). Runs on
    /// <paramref name="db"/>'s connection and inside its current transaction, if one is open.
    /// </summary>
    /// <exception cref="ArgumentException">The recipient is not a plain e-mail address.</exception>
    public async Task<bool> EnqueueAsync(AllianceDbContext db, OutgoingMail message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(message);
        if (!EmailAddress.TryNormalise(message.To, out var to))
        {
            throw new ArgumentException("The recipient is not an e-mail address.", nameof(message));
        }
        var content = Protect(message with { To = to });
        var added = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO mail_messages (message_id, study_id, participant_id, purpose, dedupe_key, recipient_masked, subject, content, status, attempts, next_attempt_at)
            VALUES ({Guid.CreateVersion7()}, {message.StudyId}, {message.ParticipantId}, {message.Purpose}, {message.DedupeKey},
                    {EmailAddress.Mask(to)}, {message.Subject}, {content}, 'queued', 0, now())
            ON CONFLICT (dedupe_key) DO NOTHING
            """, ct).ConfigureAwait(false);
        return added == 1;
    }

    private byte[] Protect(OutgoingMail message) =>
        _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(message, JsonSerializerOptions.Web));

    private OutgoingMail Unprotect(byte[] content) =>
        JsonSerializer.Deserialize<OutgoingMail>(_protector.Unprotect(content), JsonSerializerOptions.Web)
        ?? throw new JsonException("empty message");
}
