using Alliance.Instruments;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Surveys;

/// <summary>Consent and withdrawal: the two decisions a participant makes about the study itself.</summary>
public sealed class ParticipantChoices(AllianceDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Records consent to the text the participant was shown (<see cref="ParticipantLink.ConsentText"/>: their role's, in
    /// their link's language or the study's first), by its hash; idempotent per invitation.
    /// </summary>
    public Task RecordConsentAsync(ParticipantLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        var hash = link.ConsentTextHash;
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO consent_records (study_id, consent_id, invitation_id, consent_text_hash, given_at)
            VALUES ({link.StudyId}, {Guid.CreateVersion7(now)}, {link.InvitationId}, {hash}, {now})
            ON CONFLICT (study_id, invitation_id) DO NOTHING
            """, ct);
    }

    /// <summary>
    /// Withdraws the participant (the client or therapist behind this link) from the study: every one of their
    /// links then shows "withdrawn" and accepts nothing. Answers already submitted are kept, as the page says.
    /// </summary>
    public async Task WithdrawAsync(ParticipantLink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(link);
        var isClient = link.Role == RaterRole.Client;
        var now = clock.GetUtcNow();
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            db.Withdrawals.Add(new Withdrawal
            {
                StudyId = link.StudyId,
                WithdrawalId = Guid.CreateVersion7(now),
                InvitationId = link.InvitationId,
                ClientId = isClient ? link.ParticipantId : null,
                TherapistId = isClient ? null : link.ParticipantId,
                Reason = "withdrawn by the participant on the survey page",
                WithdrawnAt = now,
            });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            await db.Invitations
                // An expired link (marked by the expiry job) is withdrawn too, as it was when expiry lived only on display.
                .Where(i => i.StudyId == link.StudyId && i.InvitationId == link.InvitationId
                    && (i.Status == InvitationStatus.Open || i.Status == InvitationStatus.Expired))
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Withdrawn), ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
    }
}
