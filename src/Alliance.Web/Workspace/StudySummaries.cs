using Alliance.Data;
using Alliance.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Workspace;

/// <summary>
/// Reads the studies an account is a member of. The membership join is the only way in: no study id is taken from the
/// request. The counts split unanswered invitations as <see cref="Alliance.Data.Surveys.LinkStatus"/> does, in SQL:
/// past its expiry is expired (before anything else), before its opening is not open yet, else open; so a link for a
/// session ahead is neither waiting for an answer nor overdue.
/// </summary>
internal static class StudySummaries
{
    public static Task<List<StudySummary>> ForAccountAsync(AllianceDbContext db, Guid accountId, DateTimeOffset now, CancellationToken ct) =>
        (from m in db.StudyMembers
         where m.AccountId == accountId
         join s in db.Studies on m.StudyId equals s.StudyId
         orderby s.StudyId
         select new StudySummary(
             s.StudyId,
             s.Name,
             m.Role,
             db.Invitations.Count(i => i.StudyId == s.StudyId && i.Status == InvitationStatus.Open
                 && (i.ExpiresAt == null || i.ExpiresAt > now) && (i.OpensAt == null || i.OpensAt <= now)),
             db.Invitations.Count(i => i.StudyId == s.StudyId && i.Status == InvitationStatus.Open
                 && (i.ExpiresAt == null || i.ExpiresAt > now) && i.OpensAt > now),
             db.Invitations.Count(i => i.StudyId == s.StudyId && i.Status == InvitationStatus.Submitted),
             db.Invitations.Count(i => i.StudyId == s.StudyId && (i.Status == InvitationStatus.Expired
                 || (i.Status == InvitationStatus.Open && i.ExpiresAt <= now))),
             db.Responses.Count(r => r.StudyId == s.StudyId)))
        .AsNoTracking()
        .ToListAsync(ct);
}
