using Alliance.Data.Audit;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Accounts;

/// <summary>
/// Audit entries for what happens to an account rather than to one study (a password reset, two-factor sign-in
/// turned on or off, a recovery code used). The audit log is per study, so the entry goes into the log of every study
/// the account is a member of: each study's owners see the security changes of the people who can reach its data.
/// Added to the context like <see cref="AuditTrail.Add"/>, saved with the caller's change.
/// </summary>
public static class AccountAudit
{
    public static async Task AddAsync(AllianceDbContext db, Guid accountId, string action, object detail, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var account = await db.ResearcherAccounts.AsNoTracking().Where(a => a.AccountId == accountId).Select(a => a.Email)
            .SingleOrDefaultAsync(ct).ConfigureAwait(false);
        var studies = await db.StudyMembers.AsNoTracking().Where(m => m.AccountId == accountId).Select(m => m.StudyId)
            .ToListAsync(ct).ConfigureAwait(false);
        foreach (var study in studies)
        {
            AuditTrail.Add(db, study, $"account:{accountId:D} {account}", action, detail);
        }
    }
}
