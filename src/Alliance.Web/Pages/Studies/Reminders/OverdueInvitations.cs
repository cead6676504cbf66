using Alliance.Data;
using Alliance.Data.Listing;
using Alliance.Data.Paging;
using Alliance.Web.Pages.Studies.Sessions;
using Alliance.Instruments;
using Alliance.Web.Workspace;

namespace Alliance.Web.Pages.Studies.Reminders;

/// <summary>
/// The reminders list: open, unanswered invitations of the member's visible dyads that fell due at least
/// <c>heldDays</c> days ago (<see cref="Dashboard.CompletionRules.DueDay"/>: the day the link opens on the session
/// calendar), or whose link expires within <see cref="ExpiringWithin"/>. Links that ran out are not listed (they are
/// renewed from the sessions page), whether or not the expiry job has marked them expired yet; links not open yet
/// (their session lies ahead) and withdrawn participants never appear. Grouped by dyad, the dyad with the oldest
/// session first; within a dyad oldest session first. Read a page at a time (<see cref="OverdueLinks"/>).
/// </summary>
internal static class OverdueInvitations
{
    /// <summary>The dashboard's definition of overdue, so both pages count the same forms by default.</summary>
    public const int DefaultHeldDays = Dashboard.CompletionRules.OverdueAfterDays;

    public static readonly TimeSpan ExpiringWithin = TimeSpan.FromDays(2);

    public static async Task<Page<ReminderRow>> PageAsync(AllianceDbContext db, StudyContext study, int heldDays, DateTimeOffset now,
        PageRequest request, CancellationToken ct)
    {
        var page = await OverdueLinks.PageAsync(db, Query(study, heldDays, now), request, ct);
        return new Page<ReminderRow>([.. page.Rows.Select(r => Row(r, now))], page.Request, page.Total);
    }

    public static async Task<List<ReminderRow>> ListAsync(AllianceDbContext db, StudyContext study, int heldDays, DateTimeOffset now,
        CancellationToken ct) =>
        [.. (await OverdueLinks.AllAsync(db, Query(study, heldDays, now), ct)).Select(r => Row(r, now))];

    private static OverdueQuery Query(StudyContext study, int heldDays, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        // The visibility rule of VisibleDyads, as the statement takes it: a clinician sees their therapist's dyads
        // (none without one), everyone else every dyad.
        var therapist = study.IsClinician ? study.TherapistId ?? Guid.Empty : (Guid?)null;
        return new OverdueQuery(study.StudyId, therapist, today.AddDays(-heldDays), today, now, now + ExpiringWithin);
    }

    private static ReminderRow Row(OverdueLink r, DateTimeOffset now) => new(r.InvitationId, r.DyadId, r.Dyad, r.Session, r.HeldOn,
        r.Role.Name(), r.InstrumentId, InvitationState.Of(Alliance.Data.Model.InvitationStatus.Open, r.OpensAt, r.ExpiresAt, participantWithdrew: false, now),
        r.DaysOverdue, r.ExpiresAt, r.RemindedAt, r.ReminderCount);
}
