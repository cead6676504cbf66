using Alliance.Data.Surveys;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Instruments;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Sessions;

/// <summary>The sessions page's data: the member's visible dyads, each with its sessions and their invitations.</summary>
internal static class SessionBoard
{
    public static async Task<List<DyadSessions>> LoadAsync(AllianceDbContext db, StudyContext study, DateTimeOffset now, CancellationToken ct)
    {
        var dyads = await VisibleDyads.For(db, study).AsNoTracking().OrderBy(d => d.Code)
            .Select(d => new { d.DyadId, d.Code, d.ClientId, d.TherapistId }).ToListAsync(ct);
        var sessions = await (
            from s in db.Sessions.AsNoTracking()
            where s.StudyId == study.StudyId
            join d in VisibleDyads.For(db, study) on s.DyadId equals d.DyadId
            select s).ToListAsync(ct);
        var invitations = await (
            from i in db.Invitations.AsNoTracking()
            where i.StudyId == study.StudyId
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in VisibleDyads.For(db, study) on s.DyadId equals d.DyadId
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            select new { i.InvitationId, i.SessionId, i.Role, v.InstrumentId, i.Status, i.OpensAt, i.ExpiresAt, i.TokenHash })
            .ToListAsync(ct);
        var withdrawals = await db.Withdrawals.AsNoTracking().Where(w => w.StudyId == study.StudyId)
            .Select(w => new { w.InvitationId, w.ClientId, w.TherapistId }).ToListAsync(ct);
        var withdrawnClients = withdrawals.Where(w => w.ClientId != null).Select(w => w.ClientId!.Value).ToHashSet();
        var withdrawnTherapists = withdrawals.Where(w => w.TherapistId != null).Select(w => w.TherapistId!.Value).ToHashSet();
        var withdrawnInvitations = withdrawals.Where(w => w.InvitationId != null).Select(w => w.InvitationId!.Value).ToHashSet();

        var bySession = invitations.ToLookup(i => i.SessionId);
        var byDyad = sessions.ToLookup(s => s.DyadId);
        return [.. dyads.Select(d => new DyadSessions(d.DyadId, d.Code, [.. byDyad[d.DyadId].OrderBy(s => s.Number).Select(s =>
            new SessionLine(s.SessionId, s.Number, s.HeldOn, [.. bySession[s.SessionId].OrderBy(i => i.Role).Select(i =>
            {
                var withdrew = withdrawnInvitations.Contains(i.InvitationId)
                    || (i.Role == RaterRole.Client ? withdrawnClients.Contains(d.ClientId) : withdrawnTherapists.Contains(d.TherapistId));
                return new InvitationLine(i.InvitationId, i.Role.Name(), i.InstrumentId,
                    InvitationState.Of(i.Status, i.OpensAt, i.ExpiresAt, withdrew, now).Name(), i.OpensAt, i.ExpiresAt,
                    i.TokenHash is not null && InvitationState.MayReissue(i.Status, withdrew));
            })]))]))];
    }
}
