using Alliance.Instruments;
using Alliance.Data;
using Alliance.Data.Model;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Web.Workspace;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Web.Pages.Studies.Reminders;

/// <summary>
/// The reminders list: unanswered invitations of the member's visible dyads that fell due at least <c>heldDays</c> days
/// ago (<see cref="Dashboard.CompletionRules.DueDay"/>: the day the link opens on the session calendar), or whose link
/// expires within <see cref="ExpiringWithin"/>. Links that already ran out are listed as expired (to renew, not to
/// remind). Links not open yet (their session lies ahead) and withdrawn participants never appear. Grouped by dyad, the dyad with
/// the oldest session first; within a dyad oldest session first.
/// </summary>
internal static class OverdueInvitations
{
    /// <summary>The dashboard's definition of overdue, so both pages count the same forms by default.</summary>
    public const int DefaultHeldDays = Dashboard.CompletionRules.OverdueAfterDays;

    public static readonly TimeSpan ExpiringWithin = TimeSpan.FromDays(2);

    public static async Task<List<ReminderRow>> ListAsync(AllianceDbContext db, StudyContext study, int heldDays, DateTimeOffset now,
        CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var heldBy = today.AddDays(-heldDays);
        // Due by the dashboard's rule, in whole UTC days: a link that opens (or, without a session date, was created)
        // before the start of day heldBy + 1 has been due at least heldDays days.
        var dueBefore = new DateTimeOffset(heldBy.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var soon = now + ExpiringWithin;
        var candidates = await (
            from i in db.Invitations.AsNoTracking()
            where i.StudyId == study.StudyId && (i.Status == InvitationStatus.Open || i.Status == InvitationStatus.Expired)
            join s in db.Sessions on new { i.StudyId, i.SessionId } equals new { s.StudyId, s.SessionId }
            join d in VisibleDyads.For(db, study) on s.DyadId equals d.DyadId
            join v in db.InstrumentVersions on new { i.StudyId, i.InstrumentVersionId } equals new { v.StudyId, v.InstrumentVersionId }
            where i.Status == InvitationStatus.Expired || i.OpensAt == null || i.OpensAt <= now
            where (s.HeldOn != null && i.OpensAt == null && s.HeldOn <= heldBy) || (s.HeldOn != null && i.OpensAt < dueBefore)
                || (s.HeldOn == null && i.CreatedAt < dueBefore)
                || i.ExpiresAt <= soon || i.Status == InvitationStatus.Expired
            where !db.Responses.Any(r => r.StudyId == i.StudyId && r.InvitationId == i.InvitationId)
            where !db.Withdrawals.Any(w => w.StudyId == i.StudyId && (w.InvitationId == i.InvitationId
                || (i.Role == RaterRole.Client ? w.ClientId == d.ClientId : w.TherapistId == d.TherapistId)))
            select new
            {
                i.InvitationId, d.DyadId, Dyad = d.Code, s.Number, s.HeldOn, i.Role, v.InstrumentId, i.Status, i.OpensAt, i.ExpiresAt,
                i.RemindedAt, i.ReminderCount, i.CreatedAt,
            })
            .ToListAsync(ct);
        var rows = candidates.Select(c =>
        {
            var due = Dashboard.CompletionRules.DueDay(c.OpensAt, c.HeldOn, c.CreatedAt);
            return new ReminderRow(c.InvitationId, c.DyadId, c.Dyad, c.Number, c.HeldOn, c.Role.Name(), c.InstrumentId,
                InvitationState.Of(c.Status, c.OpensAt, c.ExpiresAt, participantWithdrew: false, now), Math.Max(0, today.DayNumber - due.DayNumber),
                c.ExpiresAt, c.RemindedAt, c.ReminderCount);
        }).ToList();
        var oldest = rows.GroupBy(r => r.DyadId).ToDictionary(g => g.Key, g => g.Max(r => r.DaysOverdue));
        return [.. rows
            .OrderByDescending(r => oldest[r.DyadId]).ThenBy(r => r.Dyad, StringComparer.Ordinal)
            .ThenByDescending(r => r.DaysOverdue).ThenBy(r => r.Session).ThenBy(r => r.Role, StringComparer.Ordinal)];
    }
}
