using Alliance.Data;
using Alliance.Data.Accounts;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Surveys;

/// <summary>
/// Resolves a participant token to its invitation. Only the SHA-256 of a token is stored, so the lookup hashes the
/// presented token and does the same indexed query whether the token is known, expired or unknown.
/// </summary>
internal sealed class SurveyLinks(AllianceDbContext db, FrozenInstruments instruments, TimeProvider clock)
{
    /// <summary>Tokens are 43 base64url characters; anything far off that is not worth a query.</summary>
    private const int MaxTokenLength = 128;

    public async Task<SurveyInvitation?> FindAsync(string token, CancellationToken ct)
    {
        var hash = SecretToken.HashOf(token.Length <= MaxTokenLength ? token : "");
        var row = await (
            from i in db.Invitations.AsNoTracking()
            where i.TokenHash == hash
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in db.Dyads on new { s.StudyId, s.DyadId } equals new { d.StudyId, d.DyadId }
            join st in db.Studies on i.StudyId equals st.StudyId
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            select new { Invitation = i, Session = s.Number, d.ClientId, d.TherapistId, Study = st, v.InstrumentId, v.ContentHash })
            .SingleOrDefaultAsync(ct);
        if (row is null || token.Length > MaxTokenLength)
        {
            return null;
        }

        var invitation = row.Invitation;
        var isClient = invitation.Role == RaterRoles.Client;
        var participant = isClient ? row.ClientId : row.TherapistId;
        if (!instruments.TryGet(row.ContentHash, out var scorer))
        {
            var definition = await db.InstrumentVersions.AsNoTracking()
                .Where(v => v.StudyId == invitation.StudyId && v.InstrumentVersionId == invitation.InstrumentVersionId)
                .Select(v => v.Definition).SingleAsync(ct);
            scorer = instruments.Add(row.ContentHash, definition, row.InstrumentId + ".json");
        }

        var response = await db.Responses.AsNoTracking()
            .SingleOrDefaultAsync(r => r.StudyId == invitation.StudyId && r.InvitationId == invitation.InvitationId, ct);
        var draft = await db.Drafts.AsNoTracking()
            .SingleOrDefaultAsync(r => r.StudyId == invitation.StudyId && r.InvitationId == invitation.InvitationId, ct);
        var withdrawn = invitation.Status == InvitationStatuses.Withdrawn || await db.Withdrawals.AnyAsync(w =>
            w.StudyId == invitation.StudyId && (isClient ? w.ClientId == participant : w.TherapistId == participant), ct);
        var consent = row.Study.ConsentRequired && await (
            from c in db.ConsentRecords
            where c.StudyId == invitation.StudyId
            join i in db.Invitations on new { c.StudyId, c.InvitationId } equals new { i.StudyId, i.InvitationId }
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in db.Dyads on new { s.StudyId, s.DyadId } equals new { d.StudyId, d.DyadId }
            where i.Role == invitation.Role && (isClient ? d.ClientId == participant : d.TherapistId == participant)
            select c).AnyAsync(ct);

        var status =
            response is not null ? InvitationStatuses.Submitted
            : withdrawn ? InvitationStatuses.Withdrawn
            : invitation.Status == InvitationStatuses.Expired || invitation.ExpiresAt <= clock.GetUtcNow() ? InvitationStatuses.Expired
            : InvitationStatuses.Open;
        return new SurveyInvitation(invitation, row.Study, row.Session, participant, scorer, status, response, draft, consent);
    }
}
