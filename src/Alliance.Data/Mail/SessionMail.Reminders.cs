using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

public sealed partial class SessionMail
{
    /// <summary>
    /// Queues a reminder now for every mailed, still open invitation of the study that has had none (the reminders
    /// page's "send now"), whatever the schedule line's delay; returns how many it queued.
    /// </summary>
    public Task<int> QueueRemindersNowAsync(AllianceDbContext db, long studyId, string baseUrl, DateTimeOffset now, CancellationToken ct) =>
        QueueRemindersAsync(db, studyId, baseUrl, now, ct);

    private async Task<int> QueueRemindersAsync(AllianceDbContext db, long? studyId, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var due = await (studyId is { } study
            ? db.Database.SqlQuery<DueInvitation>($"""
                SELECT l.study_id AS "StudyId", l.invitation_id AS "InvitationId", l.participant_id AS "ParticipantId"
                FROM mail_links l JOIN invitations i ON i.study_id = l.study_id AND i.invitation_id = l.invitation_id
                WHERE l.study_id = {study} AND l.token_protected IS NOT NULL AND l.reminded_at IS NULL
                  AND i.status = 'open' AND (i.expires_at IS NULL OR i.expires_at > {now})
                  AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.study_id = l.study_id AND o.participant_id = l.participant_id AND o.opted_out_at IS NOT NULL)
                LIMIT {BatchSize}
                """)
            : db.Database.SqlQuery<DueInvitation>($"""
                SELECT l.study_id AS "StudyId", l.invitation_id AS "InvitationId", l.participant_id AS "ParticipantId"
                FROM mail_links l JOIN invitations i ON i.study_id = l.study_id AND i.invitation_id = l.invitation_id
                JOIN scheduled_forms f ON f.study_id = i.study_id AND f.role = i.role AND f.instrument_version_id = i.instrument_version_id
                WHERE l.token_protected IS NOT NULL AND l.reminded_at IS NULL AND f.reminder_after_days IS NOT NULL
                  AND i.status = 'open' AND (i.expires_at IS NULL OR i.expires_at > {now})
                  AND coalesce(i.opens_at, i.created_at) + make_interval(days => f.reminder_after_days) <= {now}
                  AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.study_id = l.study_id AND o.participant_id = l.participant_id AND o.opted_out_at IS NOT NULL)
                LIMIT {BatchSize}
                """)).ToListAsync(ct).ConfigureAwait(false);
        var queued = 0;
        foreach (var invitation in due)
        {
            queued += await RemindAsync(db, invitation, baseUrl, now, ct).ConfigureAwait(false) ? 1 : 0;
        }
        return queued;
    }

    private sealed record KeptLink(byte[] Token);

    private async Task<bool> RemindAsync(AllianceDbContext db, DueInvitation due, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var kept = await db.Database.SqlQuery<KeptLink>($"""
            UPDATE mail_links SET reminded_at = {now}
            WHERE study_id = {due.StudyId} AND invitation_id = {due.InvitationId} AND reminded_at IS NULL AND token_protected IS NOT NULL
            RETURNING token_protected AS "Token"
            """).ToListAsync(ct).ConfigureAwait(false);
        if (kept.Count == 0)
        {
            return false;
        }
        var invitation = await db.Invitations.SingleAsync(i => i.StudyId == due.StudyId && i.InvitationId == due.InvitationId, ct).ConfigureAwait(false);
        var session = await db.Sessions.AsNoTracking().SingleAsync(s => s.StudyId == due.StudyId && s.SessionId == invitation.SessionId, ct).ConfigureAwait(false);
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == due.StudyId, ct).ConfigureAwait(false);
        var person = await PersonAsync(db, invitation, session, ct).ConfigureAwait(false);
        if (contacts.Unprotect(person.Contact).Email is not { } email)
        {
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return false;
        }
        var token = Encoding.UTF8.GetString(_links.Unprotect(kept[0].Token));
        var added = await QueueAsync(db, study, invitation, session.Number, person.Code, due.ParticipantId, email,
            Invitations.InvitationIssuer.LinkFor(baseUrl, token), MailPurposes.SessionReminder, baseUrl, ct).ConfigureAwait(false);
        // The reminders page's own record: the same columns its "mark reminded" sets.
        invitation.RemindedAt = now;
        invitation.ReminderCount++;
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return added;
    }
}
