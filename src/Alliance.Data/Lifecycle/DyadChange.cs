using Alliance.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// Changes a dyad's arm, and its therapist while it has no sessions yet (once a session is recorded, its therapist's
/// forms belong to the therapist who rated them, so a change of therapist is a new dyad).
/// </summary>
public static class DyadChange
{
    /// <summary>
    /// Sets the dyad's arm (null: none) and, when <paramref name="therapistId"/> differs, its therapist (the dyad's code
    /// follows when it is the two people's codes), with an audit entry. Nothing changes unless the outcome is
    /// <see cref="DyadChangeOutcome.Changed"/>.
    /// </summary>
    public static async Task<DyadChangeOutcome> ChangeAsync(AllianceDbContext db, long studyId, Guid dyadId, string? arm, Guid therapistId,
        string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dyad = await db.Dyads.SingleOrDefaultAsync(d => d.StudyId == studyId && d.DyadId == dyadId, ct).ConfigureAwait(false);
        if (dyad is null)
        {
            return DyadChangeOutcome.Unknown;
        }
        if (arm is not null && !await db.StudyArms.AnyAsync(a => a.StudyId == studyId && a.Code == arm, ct).ConfigureAwait(false))
        {
            return DyadChangeOutcome.UnknownArm;
        }
        string? therapistCode = null;
        if (therapistId != dyad.TherapistId)
        {
            if (await db.Sessions.AnyAsync(s => s.StudyId == studyId && s.DyadId == dyadId, ct).ConfigureAwait(false))
            {
                return DyadChangeOutcome.HasSessions;
            }
            var codes = await db.Therapists.Where(t => t.StudyId == studyId && (t.TherapistId == therapistId || t.TherapistId == dyad.TherapistId))
                .ToDictionaryAsync(t => t.TherapistId, t => t.Code, ct).ConfigureAwait(false);
            if (!codes.TryGetValue(therapistId, out therapistCode))
            {
                return DyadChangeOutcome.UnknownTherapist;
            }
            var client = await db.Clients.Where(c => c.StudyId == studyId && c.ClientId == dyad.ClientId).Select(c => c.Code).SingleAsync(ct).ConfigureAwait(false);
            if (dyad.Code == codes[dyad.TherapistId] + "-" + client)
            {
                var code = therapistCode + "-" + client;
                if (await db.Dyads.AnyAsync(d => d.StudyId == studyId && d.Code == code, ct).ConfigureAwait(false))
                {
                    return DyadChangeOutcome.Taken;
                }
                dyad.Code = code;
            }
            dyad.TherapistId = therapistId;
        }
        var oldArm = dyad.Arm;
        dyad.Arm = arm;
        AuditTrail.Add(db, studyId, actor, LifecycleActions.DyadChanged, new { dyad = dyad.Code, fromArm = oldArm, arm, therapist = therapistCode });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return DyadChangeOutcome.Changed;
    }
}
