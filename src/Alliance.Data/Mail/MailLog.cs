using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

/// <summary>A study's queued, sent and failed messages (table <c>mail_messages</c>), for its mail and reminders pages.</summary>
public static class MailLog
{
    /// <summary>The study's newest <paramref name="limit"/> messages, newest first.</summary>
    public static Task<List<MailLogRow>> ListAsync(AllianceDbContext db, long studyId, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQuery<MailLogRow>($"""
            SELECT message_id AS "MessageId", purpose AS "Purpose", recipient_masked AS "RecipientMasked", subject AS "Subject",
                   status AS "Status", attempts AS "Attempts", next_attempt_at AS "NextAttemptAt", last_error AS "LastError",
                   created_at AS "CreatedAt", sent_at AS "SentAt"
            FROM mail_messages WHERE study_id = {studyId}
            ORDER BY created_at DESC, message_id DESC
            LIMIT {limit}
            """).ToListAsync(ct);
    }

    /// <summary>
    /// Makes a failed message of the study due now (whether or not it had given up); false when it is not the study's,
    /// or not failed (a sent message is never sent again).
    /// </summary>
    public static async Task<bool> RetryAsync(AllianceDbContext db, long studyId, Guid messageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = await db.Database.ExecuteSqlAsync($"""
            UPDATE mail_messages SET next_attempt_at = now()
            WHERE study_id = {studyId} AND message_id = {messageId} AND status = 'failed'
            """, ct).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>Deletes every message to a participant (their erasure: the queued contents hold their address).</summary>
    public static Task<int> DeleteForParticipantAsync(AllianceDbContext db, long studyId, Guid participantId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync(
            $"DELETE FROM mail_messages WHERE study_id = {studyId} AND participant_id = {participantId}", ct);
    }
}
