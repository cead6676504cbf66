using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// Ends a dyad (therapy ended, or the pair left the study): <c>dyads.ended_on</c> is set, no session of it can be
/// recorded and no link issued or renewed any more, and its links still open are closed (marked expired), so their
/// holders see "no longer needed" (the survey page reads the dyad's end). Answers already given are kept.
/// </summary>
public static class DyadEnding
{
    /// <summary>
    /// Ends the dyad on <paramref name="endedOn"/> (not before it started) with an audit entry; false when the study has
    /// no such dyad, it already ended, or the date lies before its start (nothing changed).
    /// </summary>
    public static async Task<bool> EndAsync(AllianceDbContext db, long studyId, Guid dyadId, DateOnly endedOn, string actor,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dyad = await db.Dyads.SingleOrDefaultAsync(d => d.StudyId == studyId && d.DyadId == dyadId, ct).ConfigureAwait(false);
        if (dyad is null || dyad.EndedOn is not null || endedOn < dyad.StartedOn)
        {
            return false;
        }
        var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using (tx.ConfigureAwait(false))
        {
            dyad.EndedOn = endedOn;
            AuditTrail.Add(db, studyId, actor, LifecycleActions.DyadEnded, new { dyad = dyad.Code, endedOn });
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
            var sessions = db.Sessions.Where(s => s.StudyId == studyId && s.DyadId == dyadId).Select(s => s.SessionId);
            await db.Invitations
                .Where(i => i.StudyId == studyId && i.Status == InvitationStatus.Open && sessions.Contains(i.SessionId))
                .ExecuteUpdateAsync(u => u.SetProperty(i => i.Status, InvitationStatus.Expired), ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
        }
        return true;
    }

    /// <summary>Throws <see cref="LifecycleRefusal"/> when any of <paramref name="dyadIds"/> has ended.</summary>
    public static async Task RequireOngoingAsync(AllianceDbContext db, long studyId, IReadOnlyCollection<Guid> dyadIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Dyads.AnyAsync(d => d.StudyId == studyId && dyadIds.Contains(d.DyadId) && d.EndedOn != null, ct).ConfigureAwait(false))
        {
            throw new LifecycleRefusal("the dyad has ended: no sessions are recorded and no links issued for it");
        }
    }
}
