using Alliance.Data.Model;
using Alliance.Data.Paging;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Listing;

/// <summary>
/// The sessions page's reads: a page of dyads (each with its next session number, from the (study_id, dyad_id, number)
/// index), then only that page's sessions and invitations, so a request reads ten dyads' rows whatever the study's size.
/// </summary>
public static class SessionListing
{
    /// <summary>One page of <paramref name="dyads"/> by code.</summary>
    public static Task<Page<ListedDyad>> PageAsync(AllianceDbContext db, IQueryable<Dyad> dyads, PageRequest request, CancellationToken ct) =>
        Listed(db, dyads).ToPageAsync(request, ct);

    /// <summary>Every dyad of <paramref name="dyads"/> by code, without their sessions (the schedule-several form's "all").</summary>
    public static Task<List<ListedDyad>> AllAsync(AllianceDbContext db, IQueryable<Dyad> dyads, CancellationToken ct) =>
        Listed(db, dyads).ToListAsync(ct);

    public static Task<List<TherapySession>> SessionsAsync(AllianceDbContext db, long studyId, IReadOnlyCollection<Guid> dyadIds,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Sessions.AsNoTracking().Where(s => s.StudyId == studyId && dyadIds.Contains(s.DyadId)).ToListAsync(ct);
    }

    public static Task<List<ListedInvitation>> InvitationsAsync(AllianceDbContext db, long studyId, IReadOnlyCollection<Guid> sessionIds,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return (
            from i in db.Invitations.AsNoTracking()
            where i.StudyId == studyId && sessionIds.Contains(i.SessionId)
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            select new ListedInvitation(i.InvitationId, i.SessionId, i.Role, v.InstrumentId, i.Status, i.OpensAt, i.ExpiresAt, i.TokenHash != null))
            .ToListAsync(ct);
    }

    public static async Task<StudyWithdrawals> WithdrawalsAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Withdrawals.AsNoTracking().Where(w => w.StudyId == studyId)
            .Select(w => new { w.InvitationId, w.ClientId, w.TherapistId }).ToListAsync(ct);
        return new StudyWithdrawals(
            rows.Where(w => w.InvitationId != null).Select(w => w.InvitationId!.Value).ToHashSet(),
            rows.Where(w => w.ClientId != null).Select(w => w.ClientId!.Value).ToHashSet(),
            rows.Where(w => w.TherapistId != null).Select(w => w.TherapistId!.Value).ToHashSet());
    }

    private static IQueryable<ListedDyad> Listed(AllianceDbContext db, IQueryable<Dyad> dyads)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dyads);
        return dyads.OrderBy(d => d.Code).ThenBy(d => d.DyadId).Select(d => new ListedDyad(d.DyadId, d.Code, d.ClientId, d.TherapistId,
            (db.Sessions.Where(s => s.StudyId == d.StudyId && s.DyadId == d.DyadId).Max(s => (int?)s.Number) ?? 0) + 1));
    }
}
