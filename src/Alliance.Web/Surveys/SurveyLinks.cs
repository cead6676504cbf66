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
    /// <summary>Tokens are 43 base64url characters; anything far off is not worth hashing.</summary>
    private const int MaxTokenLength = 128;

    /// <summary>
    /// The hash to look a presented token up by. A token far too long to be one is looked up as the empty token (so
    /// it costs the same query as any other) and <paramref name="fits"/> is false: it must then be answered "unknown".
    /// </summary>
    public static byte[] LookupHash(string token, out bool fits)
    {
        fits = token.Length <= MaxTokenLength;
        return SecretToken.HashOf(fits ? token : "");
    }

    public async Task<SurveyInvitation?> FindAsync(string token, CancellationToken ct)
    {
        var row = await Lookup(db, LookupHash(token, out var fits), ct);
        if (row is null || !fits)
        {
            return null;
        }

        var invitation = row.Invitation;
        var scorer = await instruments.GetAsync(row.ContentHash, row.InstrumentId, () => db.InstrumentVersions.AsNoTracking()
            .Where(v => v.StudyId == invitation.StudyId && v.InstrumentVersionId == invitation.InstrumentVersionId)
            .Select(v => v.Definition).SingleAsync(ct));
        var (response, draft) = (row.Response, row.Draft);
        var consent = row.Study.ConsentRequired && response is null && await ConsentOnRecordAsync(invitation, row.Participant, ct);
        var status = SurveyInvitation.StatusOf(response is not null, row.Withdrawn, invitation.Status, invitation.ExpiresAt, clock.GetUtcNow());
        return new SurveyInvitation(invitation, row.Study, row.Session, row.Participant, scorer, status, response, draft, consent);
    }

    private Task<bool> ConsentOnRecordAsync(Invitation invitation, Guid participant, CancellationToken ct) =>
        ConsentLookup(db, invitation.StudyId, invitation.Role, participant, ct);

    /// <summary>
    /// One round trip: the invitation with its session, dyad, study and instrument version, its response and draft,
    /// and whether its participant withdrew. Compiled once: an ad-hoc query makes EF re-examine (and compile parts
    /// of) this expression tree on every request, which cost more CPU than the rest of a submission together.
    /// </summary>
    private static readonly Func<AllianceDbContext, byte[], CancellationToken, Task<LinkRow?>> Lookup =
        EF.CompileAsyncQuery((AllianceDbContext db, byte[] hash, CancellationToken ct) => (
            from i in db.Invitations.AsNoTracking()
            where i.TokenHash == hash
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in db.Dyads on new { s.StudyId, s.DyadId } equals new { d.StudyId, d.DyadId }
            join st in db.Studies on i.StudyId equals st.StudyId
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            // (study_id, invitation_id) is unique in both tables: plain left joins, which use those indexes.
            // (FirstOrDefault() here would make EF number every row of the tables with ROW_NUMBER().)
            from r in db.Responses.Where(r => r.StudyId == i.StudyId && r.InvitationId == i.InvitationId).DefaultIfEmpty()
            from dr in db.Drafts.Where(x => x.StudyId == i.StudyId && x.InvitationId == i.InvitationId).DefaultIfEmpty()
            let participant = i.Role == RaterRoles.Client ? d.ClientId : d.TherapistId
            select new LinkRow
            {
                Invitation = i,
                Session = s.Number,
                Participant = participant,
                Study = st,
                InstrumentId = v.InstrumentId,
                ContentHash = v.ContentHash,
                Response = r,
                Draft = dr,
                Withdrawn = db.Withdrawals.Any(w => w.StudyId == i.StudyId
                    && (i.Role == RaterRoles.Client ? w.ClientId == participant : w.TherapistId == participant)),
            })
            .SingleOrDefault());

    /// <summary>Whether this participant (same person, same role) consented through any of their links.</summary>
    private static readonly Func<AllianceDbContext, long, string, Guid, CancellationToken, Task<bool>> ConsentLookup =
        EF.CompileAsyncQuery((AllianceDbContext db, long studyId, string role, Guid participant, CancellationToken ct) => (
            from c in db.ConsentRecords
            where c.StudyId == studyId
            join i in db.Invitations on new { c.StudyId, c.InvitationId } equals new { i.StudyId, i.InvitationId }
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in db.Dyads on new { s.StudyId, s.DyadId } equals new { d.StudyId, d.DyadId }
            where i.Role == role && (role == RaterRoles.Client ? d.ClientId == participant : d.TherapistId == participant)
            select c).Any());

    /// <summary>What <see cref="Lookup"/> reads for a token.</summary>
    private sealed class LinkRow
    {
        public required Invitation Invitation { get; init; }
        public int Session { get; init; }
        public Guid Participant { get; init; }
        public required Study Study { get; init; }
        public required string InstrumentId { get; init; }
        public required string ContentHash { get; init; }
        public Response? Response { get; init; }
        public Draft? Draft { get; init; }
        public bool Withdrawn { get; init; }
    }
}
