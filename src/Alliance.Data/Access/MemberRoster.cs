using Alliance.Data.Audit;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Alliance.Data.Access;

/// <summary>
/// Reads and changes the members of one study (the acting member's, never an id from the request); <c>actor</c> is
/// the audit log's actor. Every change writes its audit entry in the same transaction. Demoting or removing an owner
/// locks the study's owner rows first (<c>SELECT … FOR UPDATE</c>), so two owners demoting each other at the same moment cannot
/// leave the study without one: the second sees the first's change and is refused.
/// </summary>
public sealed class MemberRoster(AllianceDbContext db, long studyId, string actor)
{
    /// <summary>The study's members by e-mail address.</summary>
    public Task<List<MemberRow>> ListAsync(CancellationToken ct) =>
        (from m in db.StudyMembers
         where m.StudyId == studyId
         join a in db.ResearcherAccounts on m.AccountId equals a.AccountId
         orderby a.Email
         select new MemberRow(m.AccountId, a.Email, m.Role, m.TherapistId,
             db.Therapists.Where(t => t.StudyId == m.StudyId && t.TherapistId == m.TherapistId).Select(t => t.Code).FirstOrDefault(),
             m.AddedAt))
        .AsNoTracking().ToListAsync(ct);

    /// <summary>The study's therapists (id, code) by code, for linking clinicians.</summary>
    public Task<List<KeyValuePair<Guid, string>>> TherapistsAsync(CancellationToken ct) =>
        db.Therapists.Where(t => t.StudyId == studyId).OrderBy(t => t.Code)
            .Select(t => new KeyValuePair<Guid, string>(t.TherapistId, t.Code)).ToListAsync(ct);

    /// <summary>Adds the existing account with <paramref name="email"/> (compared lower-cased) in <paramref name="role"/>.</summary>
    public async Task<MemberChange> AddAsync(string email, string role, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(email);
        var address = email.Trim().ToLowerInvariant();
        var account = await db.ResearcherAccounts.AsNoTracking().Where(a => a.Email == address)
            .Select(a => new { a.AccountId, a.Email }).SingleOrDefaultAsync(ct).ConfigureAwait(false);
        if (account is null)
        {
            return MemberChange.NotFound;
        }
        if (await db.StudyMembers.AnyAsync(m => m.StudyId == studyId && m.AccountId == account.AccountId, ct).ConfigureAwait(false))
        {
            return MemberChange.AlreadyMember;
        }
        db.StudyMembers.Add(new StudyMember { StudyId = studyId, AccountId = account.AccountId, Role = role, AddedAt = DateTimeOffset.UtcNow });
        AuditTrail.Add(db, studyId, actor, AuditActions.MemberAdded, new { account_id = account.AccountId, email = account.Email, role });
        try
        {
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Added by someone else between the check and the insert.
            db.ChangeTracker.Clear();
            return MemberChange.AlreadyMember;
        }
        return MemberChange.Done;
    }

    /// <summary>Gives a member another role; leaving the clinician role drops the therapist link.</summary>
    public async Task<MemberChange> ChangeRoleAsync(Guid accountId, string role, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        var owners = await LockOwnersAsync(ct).ConfigureAwait(false);
        var member = await FindAsync(accountId, ct).ConfigureAwait(false);
        if (member is null)
        {
            return MemberChange.NotFound;
        }
        if (member.Role == role)
        {
            return MemberChange.Done;
        }
        if (member.Role == StudyRoles.Owner && owners <= 1)
        {
            return MemberChange.LastOwner;
        }
        var from = member.Role;
        member.Role = role;
        if (role != StudyRoles.Clinician)
        {
            member.TherapistId = null;
        }
        AuditTrail.Add(db, studyId, actor, AuditActions.MemberRoleChanged,
            new { account_id = accountId, email = await EmailAsync(accountId, ct).ConfigureAwait(false), from, to = role });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return MemberChange.Done;
    }

    /// <summary>Links a clinician to one of the study's therapists (null: to none, so they see no dyads).</summary>
    public async Task<MemberChange> LinkAsync(Guid accountId, Guid? therapistId, CancellationToken ct)
    {
        var member = await FindAsync(accountId, ct).ConfigureAwait(false);
        if (member is null)
        {
            return MemberChange.NotFound;
        }
        if (member.Role != StudyRoles.Clinician)
        {
            return MemberChange.NotClinician;
        }
        string? code = null;
        if (therapistId is not null)
        {
            code = await db.Therapists.Where(t => t.StudyId == studyId && t.TherapistId == therapistId)
                .Select(t => t.Code).SingleOrDefaultAsync(ct).ConfigureAwait(false);
            if (code is null)
            {
                return MemberChange.UnknownTherapist;
            }
        }
        member.TherapistId = therapistId;
        AuditTrail.Add(db, studyId, actor, AuditActions.MemberLinked,
            new { account_id = accountId, email = await EmailAsync(accountId, ct).ConfigureAwait(false), therapist = code });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        return MemberChange.Done;
    }

    /// <summary>Removes a member; the database removes their API tokens for this study with the membership.</summary>
    public async Task<MemberChange> RemoveAsync(Guid accountId, CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await using var _ = transaction.ConfigureAwait(false);
        var owners = await LockOwnersAsync(ct).ConfigureAwait(false);
        var member = await FindAsync(accountId, ct).ConfigureAwait(false);
        if (member is null)
        {
            return MemberChange.NotFound;
        }
        if (member.Role == StudyRoles.Owner && owners <= 1)
        {
            return MemberChange.LastOwner;
        }
        db.StudyMembers.Remove(member);
        AuditTrail.Add(db, studyId, actor, AuditActions.MemberRemoved,
            new { account_id = accountId, email = await EmailAsync(accountId, ct).ConfigureAwait(false), role = member.Role });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
        return MemberChange.Done;
    }

    /// <summary>The e-mail address of an account (for messages and audit details).</summary>
    public Task<string?> EmailAsync(Guid accountId, CancellationToken ct) =>
        db.ResearcherAccounts.Where(a => a.AccountId == accountId).Select(a => a.Email).SingleOrDefaultAsync(ct);

    private Task<StudyMember?> FindAsync(Guid accountId, CancellationToken ct) =>
        db.StudyMembers.SingleOrDefaultAsync(m => m.StudyId == studyId && m.AccountId == accountId, ct);

    /// <summary>Locks the study's owner rows until the transaction ends and counts them.</summary>
    private async Task<int> LockOwnersAsync(CancellationToken ct) =>
        (await db.StudyMembers
            .FromSql($"SELECT * FROM study_members WHERE study_id = {studyId} AND role = 'owner' FOR UPDATE")
            .ToListAsync(ct).ConfigureAwait(false)).Count;
}
