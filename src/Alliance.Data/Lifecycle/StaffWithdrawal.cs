using Alliance.Data.Audit;
using Alliance.Data.Model;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// Withdraws a client or therapist on their behalf (they told the team rather than the survey page), with the reason
/// the team recorded. The same <c>withdrawals</c> row as the participant's own withdrawal, so every rule that reads it
/// (links say "withdrawn", nothing more is issued or collected) applies alike. Answers already given are kept.
/// </summary>
public static class StaffWithdrawal
{
    /// <summary>The longest reason kept.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Records the withdrawal and marks their open (or expired) links withdrawn, with an audit entry, in one
    /// transaction; false when the study has no such participant or they already withdrew (nothing changed).
    /// </summary>
    public static async Task<bool> WithdrawAsync(AllianceDbContext db, long studyId, RaterRole role, Guid participantId, string reason,
        string actor, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var isClient = role == RaterRole.Client;
        var code = isClient
            ? await db.Clients.Where(c => c.StudyId == studyId && c.ClientId == participantId).Select(c => c.Code).SingleOrDefaultAsync(ct).ConfigureAwait(false)
            : await db.Therapists.Where(t => t.StudyId == studyId && t.TherapistId == participantId).Select(t => t.Code).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (code is null || await db.Withdrawals.AnyAsync(w => w.StudyId == studyId
                && (isClient ? w.ClientId == participantId : w.TherapistId == participantId), ct).ConfigureAwait(false))
        {
            return false;
        }
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            db.Withdrawals.Add(new Withdrawal
            {
                StudyId = studyId, WithdrawalId = Guid.CreateVersion7(now), ClientId = isClient ? participantId : null,
                TherapistId = isClient ? null : participantId, Reason = reason.Trim(), WithdrawnAt = now,
            });
            AuditTrail.Add(db, studyId, actor, LifecycleActions.ParticipantWithdrawn, new { role = role.Name(), code });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var sessions = db.Dyads.Where(d => d.StudyId == studyId && (isClient ? d.ClientId == participantId : d.TherapistId == participantId))
                .Join(db.Sessions, d => new { d.StudyId, d.DyadId }, s => new { s.StudyId, s.DyadId }, (d, s) => s.SessionId);
            await db.Invitations
                .Where(i => i.StudyId == studyId && i.Role == role && sessions.Contains(i.SessionId)
                    && (i.Status == InvitationStatus.Open || i.Status == InvitationStatus.Expired))
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Withdrawn), ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        return true;
    }
}
