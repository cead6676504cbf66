using Alliance.Data;
using Alliance.Data.Listing;
using Alliance.Data.Model;
using Alliance.Data.Paging;
using Alliance.Data.Surveys;
using Alliance.Instruments;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>
/// The sessions page's data: a page of the member's visible dyads (filtered), each with its sessions and their
/// invitations; only that page's rows are read (<see cref="SessionListing"/>).
/// </summary>
internal static class SessionBoard
{
    public static async Task<Page<DyadSessions>> LoadAsync(AllianceDbContext db, StudyContext study, DyadFilter filter, PageRequest request,
        DateTimeOffset now, CancellationToken ct)
    {
        var dyads = await SessionListing.PageAsync(db, filter.Apply(db, VisibleDyads.For(db, study)), request, ct);
        return new Page<DyadSessions>(await WithSessionsAsync(db, study, dyads.Rows, now, ct), dyads.Request, dyads.Total);
    }

    /// <summary>One visible dyad with its sessions, or null when the member does not see a dyad of that id.</summary>
    public static async Task<DyadSessions?> OneAsync(AllianceDbContext db, StudyContext study, Guid dyadId, DateTimeOffset now, CancellationToken ct)
    {
        var dyads = await SessionListing.AllAsync(db, VisibleDyads.For(db, study).Where(d => d.DyadId == dyadId), ct);
        return (await WithSessionsAsync(db, study, dyads, now, ct)).SingleOrDefault();
    }

    private static async Task<List<DyadSessions>> WithSessionsAsync(AllianceDbContext db, StudyContext study, IReadOnlyList<ListedDyad> dyads,
        DateTimeOffset now, CancellationToken ct)
    {
        if (dyads.Count == 0)
        {
            return [];
        }
        var sessions = await SessionListing.SessionsAsync(db, study.StudyId, [.. dyads.Select(d => d.DyadId)], ct);
        var invitations = await SessionListing.InvitationsAsync(db, study.StudyId, [.. sessions.Select(s => s.SessionId)], ct);
        var withdrawn = await SessionListing.WithdrawalsAsync(db, study.StudyId, ct);
        var bySession = invitations.ToLookup(i => i.SessionId);
        var byDyad = sessions.ToLookup(s => s.DyadId);
        return [.. dyads.Select(d => new DyadSessions(d.DyadId, d.Code, [.. byDyad[d.DyadId].OrderBy(s => s.Number).Select(s =>
            new SessionLine(s.SessionId, s.Number, s.HeldOn, [.. bySession[s.SessionId].OrderBy(i => i.Role).Select(i =>
            {
                var withdrew = withdrawn.Invitations.Contains(i.InvitationId)
                    || (i.Role == RaterRole.Client ? withdrawn.Clients.Contains(d.ClientId) : withdrawn.Therapists.Contains(d.TherapistId));
                return new InvitationLine(i.InvitationId, i.Role.Name(), i.InstrumentId,
                    InvitationState.Of(i.Status, i.OpensAt, i.ExpiresAt, withdrew, now).Name(), i.OpensAt, i.ExpiresAt,
                    i.HasToken && InvitationState.MayReissue(i.Status, withdrew));
            })]))]))];
    }
}
