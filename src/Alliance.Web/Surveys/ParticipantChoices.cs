using Alliance.Data;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Surveys;

/// <summary>Consent and withdrawal: the two decisions a participant makes about the study itself.</summary>
internal sealed class ParticipantChoices(AllianceDbContext db, TimeProvider clock)
{
    /// <summary>Records consent to the study's current consent text (idempotent per invitation).</summary>
    public Task RecordConsentAsync(SurveyInvitation survey, CancellationToken ct)
    {
        var hash = survey.ConsentTextHash;
        var now = clock.GetUtcNow();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO consent_records (study_id, consent_id, invitation_id, consent_text_hash, given_at)
            VALUES ({survey.StudyId}, {Guid.CreateVersion7(now)}, {survey.Invitation.InvitationId}, {hash}, {now})
            ON CONFLICT (study_id, invitation_id) DO NOTHING
            """, ct);
    }

    /// <summary>
    /// Withdraws the participant (the client or therapist behind this link) from the study: every one of their
    /// links then shows "withdrawn" and accepts nothing. Answers already submitted are kept, as the page says.
    /// </summary>
    public async Task WithdrawAsync(SurveyInvitation survey, CancellationToken ct)
    {
        var isClient = survey.Invitation.Role == RaterRoles.Client;
        var now = clock.GetUtcNow();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Withdrawals.Add(new Withdrawal
        {
            StudyId = survey.StudyId,
            WithdrawalId = Guid.CreateVersion7(now),
            InvitationId = survey.Invitation.InvitationId,
            ClientId = isClient ? survey.ParticipantId : null,
            TherapistId = isClient ? null : survey.ParticipantId,
            Reason = "withdrawn by the participant on the survey page",
            WithdrawnAt = now,
        });
        await db.SaveChangesAsync(ct);
        await db.Invitations
            .Where(i => i.StudyId == survey.StudyId && i.InvitationId == survey.Invitation.InvitationId && i.Status == InvitationStatuses.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatuses.Withdrawn), ct);
        await tx.CommitAsync(ct);
    }
}
