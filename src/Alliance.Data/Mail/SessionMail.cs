using System.Globalization;
using Alliance.Data.Contacts;
using Alliance.Data.Coordination;
using Alliance.Data.Invitations;
using Alliance.Data.Model;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Mail;

/// <summary>
/// Participants' mail (issue #17 item 2): an invitation when a link opens, to a participant with an e-mail address who
/// has not opted out, and a reminder once the schedule line's <c>reminder_after_days</c> have passed unanswered.
/// <para>
/// <b>The link.</b> Tokens are stored only hashed, so the link shown when the session was recorded cannot be mailed
/// later. When it mails the invitation this mints the participant a new token (<see cref="InvitationIssuer.Reissue"/>:
/// a link handed out before then shows "replaced") and keeps it encrypted with the key ring in <c>mail_links</c> until
/// the reminder needs it again. The e-mail is the channel for participants with an address; everybody else's links stay
/// hash-only as before.
/// </para>
/// <para>
/// <b>Once.</b> A run holds the advisory lock <see cref="AdvisoryLockKey.SessionMail"/>; each invitation is claimed by
/// inserting its <c>mail_links</c> row (primary key) in the transaction that mints the token and queues the mail, whose
/// dedupe key is <c>invitation:{study}:{invitation}:invite</c> (<c>…:reminder</c>), so neither a second instance nor the
/// reminders page's "send now" queues a message twice.
/// </para>
/// </summary>
public sealed partial class SessionMail(MailQueue queue, ContactProtection contacts, IDataProtectionProvider protection)
{
    /// <summary>Invitations (and reminders) handled per run.</summary>
    public const int BatchSize = 200;

    private readonly IDataProtector _links = protection.CreateProtector("Alliance.Mail.Link.v1");

    private sealed record DueInvitation(long StudyId, Guid InvitationId, Guid ParticipantId);

    /// <summary>Queues every due invitation and reminder; returns how many messages it queued.</summary>
    public async Task<int> QueueDueAsync(string connectionString, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        await using var running = await AdvisoryLock.TakeAsync(connectionString, AdvisoryLockKey.SessionMail, ct).ConfigureAwait(false);
        await using var db = AllianceDbContext.Open(connectionString);
        var due = await db.Database.SqlQuery<DueInvitation>($"""
            SELECT i.study_id AS "StudyId", i.invitation_id AS "InvitationId", coalesce(c.client_id, t.therapist_id) AS "ParticipantId"
            FROM invitations i
            JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
            JOIN dyads d ON d.study_id = s.study_id AND d.dyad_id = s.dyad_id
            LEFT JOIN clients c ON i.role = 'client' AND c.study_id = d.study_id AND c.client_id = d.client_id
            LEFT JOIN therapists t ON i.role = 'therapist' AND t.study_id = d.study_id AND t.therapist_id = d.therapist_id
            WHERE i.status = 'open' AND i.token_hash IS NOT NULL
              AND (i.opens_at IS NULL OR i.opens_at <= {now}) AND (i.expires_at IS NULL OR i.expires_at > {now})
              AND coalesce(c.contact_encrypted, t.contact_encrypted) IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM mail_links l WHERE l.study_id = i.study_id AND l.invitation_id = i.invitation_id)
              AND NOT EXISTS (SELECT 1 FROM mail_opt_outs o WHERE o.study_id = i.study_id
                              AND o.participant_id = coalesce(c.client_id, t.therapist_id) AND o.opted_out_at IS NOT NULL)
            ORDER BY i.opens_at NULLS FIRST
            LIMIT {BatchSize}
            """).ToListAsync(ct).ConfigureAwait(false);
        var queued = 0;
        foreach (var invitation in due)
        {
            queued += await InviteAsync(db, invitation, baseUrl, now, ct).ConfigureAwait(false) ? 1 : 0;
        }
        return queued + await QueueRemindersAsync(db, null, baseUrl, now, ct).ConfigureAwait(false);
    }

    private async Task<bool> InviteAsync(AllianceDbContext db, DueInvitation due, string baseUrl, DateTimeOffset now, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO mail_links (study_id, invitation_id, participant_id) VALUES ({due.StudyId}, {due.InvitationId}, {due.ParticipantId})
            ON CONFLICT DO NOTHING
            """, ct).ConfigureAwait(false);
        if (claimed == 0)
        {
            return false;
        }
        var invitation = await db.Invitations.SingleAsync(i => i.StudyId == due.StudyId && i.InvitationId == due.InvitationId, ct).ConfigureAwait(false);
        var session = await db.Sessions.SingleAsync(s => s.StudyId == due.StudyId && s.SessionId == invitation.SessionId, ct).ConfigureAwait(false);
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == due.StudyId, ct).ConfigureAwait(false);
        var person = await PersonAsync(db, invitation, session, ct).ConfigureAwait(false);
        if (contacts.Unprotect(person.Contact).Email is not { } email)
        {
            // A phone number only: nothing to send. The row (without a token) keeps the invitation from being looked
            // at again; saving the participant's details clears such rows (ForgetUnsentAsync).
            await transaction.CommitAsync(ct).ConfigureAwait(false);
            return false;
        }
        var languages = await DyadLanguages.OfDyadAsync(db, due.StudyId, session.DyadId, ct).ConfigureAwait(false);
        var link = InvitationIssuer.Reissue(invitation, session, study, languages, baseUrl, now);
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await db.Database.ExecuteSqlAsync($"""
            UPDATE mail_links SET token_protected = {_links.Protect(System.Text.Encoding.UTF8.GetBytes(link.Token))}
            WHERE study_id = {due.StudyId} AND invitation_id = {due.InvitationId}
            """, ct).ConfigureAwait(false);
        var added = await QueueAsync(db, study, invitation, session.Number, person.Code, due.ParticipantId, email, link.Url,
            MailPurposes.SessionInvitation, baseUrl, ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return added;
    }

    private async Task<bool> QueueAsync(AllianceDbContext db, Study study, Invitation invitation, int sessionNumber, string code,
        Guid participantId, string email, string link, string purpose, string baseUrl, CancellationToken ct)
    {
        var unsubscribe = await OptOuts.LinkAsync(db, _links, study.StudyId, participantId, baseUrl, ct).ConfigureAwait(false);
        var template = await StudyMailTemplates.ForAsync(db, study.StudyId, purpose, invitation.Language, ct).ConfigureAwait(false);
        var contact = study.Contact is { } c ? string.Join(", ", new[] { c.Name, c.Email, c.Phone }.Where(x => x is not null)) : study.Name;
        var (subject, body) = template.Render(new Dictionary<string, string>
        {
            ["name"] = code, ["session"] = sessionNumber.ToString(CultureInfo.InvariantCulture), ["study"] = study.Name,
            ["link"] = link, ["contact"] = contact, ["unsubscribe"] = unsubscribe.AbsoluteUri,
        });
        if (!template.Body.Contains("{unsubscribe}", StringComparison.Ordinal))
        {
            body += "\n\n-- \n" + unsubscribe.AbsoluteUri + "\n";
        }
        var kind = purpose == MailPurposes.SessionReminder ? "reminder" : "invite";
        return await queue.EnqueueAsync(db, new OutgoingMail
        {
            To = email, Subject = subject, Body = body, Purpose = purpose, StudyId = study.StudyId, ParticipantId = participantId,
            DedupeKey = $"invitation:{study.StudyId}:{invitation.InvitationId:D}:{kind}", UnsubscribeUrl = unsubscribe,
        }, ct).ConfigureAwait(false);
    }

    private static async Task<(string Code, byte[]? Contact)> PersonAsync(AllianceDbContext db, Invitation invitation, TherapySession session, CancellationToken ct)
    {
        var dyad = await db.Dyads.AsNoTracking().SingleAsync(d => d.StudyId == session.StudyId && d.DyadId == session.DyadId, ct).ConfigureAwait(false);
        if (invitation.Role == Alliance.Instruments.RaterRole.Therapist)
        {
            var t = await db.Therapists.AsNoTracking().SingleAsync(x => x.StudyId == dyad.StudyId && x.TherapistId == dyad.TherapistId, ct).ConfigureAwait(false);
            return (t.Code, t.ContactEncrypted);
        }
        var c = await db.Clients.AsNoTracking().SingleAsync(x => x.StudyId == dyad.StudyId && x.ClientId == dyad.ClientId, ct).ConfigureAwait(false);
        return (c.Code, c.ContactEncrypted);
    }

    /// <summary>
    /// Lets invitations that found only a phone number be looked at again (after a participant's details changed):
    /// deletes the study's <c>mail_links</c> rows without a token.
    /// </summary>
    public static Task<int> ForgetUnsentAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.ExecuteSqlAsync($"DELETE FROM mail_links WHERE study_id = {studyId} AND token_protected IS NULL", ct);
    }
}
