using Alliance.Data.Surveys;

namespace Alliance.Web.Pages.Studies.Reminders;

/// <summary>
/// One invitation on the reminders list. <c>Status</c> is <c>open</c> for an overdue invitation, <c>expired</c> for one
/// whose link ran out unanswered; <c>DaysOverdue</c> counts whole days since the session was held (since the
/// invitation was created when the session has no date).
/// </summary>
internal sealed record ReminderRow(
    Guid InvitationId, Guid DyadId, string Dyad, int Session, DateOnly? HeldOn, string Role, string Instrument, LinkState Status,
    int DaysOverdue, DateTimeOffset? ExpiresAt, DateTimeOffset? RemindedAt, int ReminderCount);
