using Alliance.Data.Audit;
using Alliance.Instruments;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Lifecycle;

/// <summary>
/// Changes a client's or therapist's pseudonymous code. Their dyads' codes are made of their people's codes
/// (<c>T01-C01</c>), so a dyad whose code is still the two old codes takes the new one too; a dyad given a code of its
/// own keeps it.
/// </summary>
public static class ParticipantCodes
{
    /// <summary>
    /// Renames the participant to <paramref name="code"/> (already checked for shape by the caller) with an audit entry;
    /// <see cref="RenameOutcome.Taken"/> when another participant of the same role, or a dyad the rename would produce, has
    /// that code (nothing changed). The database's unique indexes decide a race.
    /// </summary>
    public static async Task<RenameOutcome> RenameAsync(AllianceDbContext db, long studyId, RaterRole role, Guid participantId, string code,
        string actor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var isClient = role == RaterRole.Client;
        var client = isClient ? await db.Clients.SingleOrDefaultAsync(c => c.StudyId == studyId && c.ClientId == participantId, ct).ConfigureAwait(false) : null;
        var therapist = isClient ? null : await db.Therapists.SingleOrDefaultAsync(t => t.StudyId == studyId && t.TherapistId == participantId, ct).ConfigureAwait(false);
        var old = client?.Code ?? therapist?.Code;
        if (old is null)
        {
            return RenameOutcome.Unknown;
        }
        if (old == code)
        {
            return RenameOutcome.Renamed;
        }
        var taken = isClient
            ? await db.Clients.AnyAsync(c => c.StudyId == studyId && c.Code == code, ct).ConfigureAwait(false)
            : await db.Therapists.AnyAsync(t => t.StudyId == studyId && t.Code == code, ct).ConfigureAwait(false);
        var dyads = await (
            from d in db.Dyads
            where d.StudyId == studyId && (isClient ? d.ClientId == participantId : d.TherapistId == participantId)
            join t in db.Therapists on new { d.StudyId, d.TherapistId } equals new { t.StudyId, t.TherapistId }
            join c in db.Clients on new { d.StudyId, d.ClientId } equals new { c.StudyId, c.ClientId }
            select new { Dyad = d, Therapist = t.Code, Client = c.Code }).ToListAsync(ct).ConfigureAwait(false);
        var renamed = dyads.Where(x => x.Dyad.Code == x.Therapist + "-" + x.Client)
            .Select(x => (x.Dyad, Code: isClient ? x.Therapist + "-" + code : code + "-" + x.Client)).ToList();
        var newCodes = renamed.Select(r => r.Code).ToList();
        if (taken || await db.Dyads.AnyAsync(d => d.StudyId == studyId && newCodes.Contains(d.Code), ct).ConfigureAwait(false))
        {
            return RenameOutcome.Taken;
        }
        foreach (var (dyad, dyadCode) in renamed)
        {
            dyad.Code = dyadCode;
        }
        if (client is not null)
        {
            client.Code = code;
        }
        if (therapist is not null)
        {
            therapist.Code = code;
        }
        AuditTrail.Add(db, studyId, actor, isClient ? LifecycleActions.ClientCodeChanged : LifecycleActions.TherapistCodeChanged,
            new { from = old, to = code, dyads = renamed.Count });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return RenameOutcome.Renamed;
    }
}
