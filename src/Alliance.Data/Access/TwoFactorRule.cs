using Alliance.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Access;

/// <summary>A study's "members must sign in with a second factor" setting (<c>studies.two_factor_required</c>), changed by an owner; audited.</summary>
public static class TwoFactorRule
{
    public static Task<bool> IsRequiredAsync(AllianceDbContext db, long studyId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Studies.Where(s => s.StudyId == studyId).Select(s => s.TwoFactorRequired).SingleAsync(ct);
    }

    /// <summary>Sets the rule; false when it already was so (nothing changed, nothing audited).</summary>
    public static async Task<bool> SetAsync(AllianceDbContext db, long studyId, string actor, bool required, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var study = await db.Studies.SingleAsync(s => s.StudyId == studyId, ct).ConfigureAwait(false);
        if (study.TwoFactorRequired == required)
        {
            return false;
        }
        study.TwoFactorRequired = required;
        AuditTrail.Add(db, studyId, actor, required ? AuditActions.TwoFactorRequired : AuditActions.TwoFactorOptional, new { });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return true;
    }
}
