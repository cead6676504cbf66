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
    /// not failed (a sent message is never sent again), or to a participant who opted out.
    /// </summary>
    public static async Task<bool> RetryAsync(AllianceDbContext db, long studyId, Guid messageId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var changed = await db.Database.ExecuteSqlAsync($"""
            UPDATE mail_messages SET next_attempt_at = now()
            WHERE study_id = {studyId} AND message_id = {messageId} AND status = 'failed'
              AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.study_id = mail_messages.study_id
                              AND o.participant_id = mail_messages.participant_id AND o.opted_out_at IS NOT NULL)
            """, ct).ConfigureAwait(false);
        return changed == 1;
    }

    /// <summary>
    /// Deletes everything mail keeps of a participant (their erasure): their messages (the queued contents hold their
    /// address), the links kept for their reminders and their unsubscribe token. Returns the ids of the messages
    /// deleted, whose outbox copies (<see cref="OutboxFiles"/>) go too once the erasure commits.
    /// </summary>
    public static async Task<List<Guid>> DeleteForParticipantAsync(AllianceDbContext db, long studyId, Guid participantId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM mail_links WHERE study_id = {studyId} AND participant_id = {participantId}", ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM mail_opt_outs WHERE study_id = {studyId} AND participant_id = {participantId}", ct).ConfigureAwait(false);
        return await db.Database.SqlQuery<Guid>(
            $"DELETE FROM mail_messages WHERE study_id = {studyId} AND participant_id = {participantId} RETURNING message_id AS \"Value\"")
            .ToListAsync(ct).ConfigureAwait(false);
    }
}
