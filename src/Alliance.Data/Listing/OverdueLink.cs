using Alliance.Instruments;

namespace Alliance.Data.Listing;

/// <summary>
/// One open, unanswered invitation on the reminders list: where it belongs, the day it fell due
/// (<see cref="OverdueLinks"/>) and how often the participant was reminded.
/// </summary>
public sealed record OverdueLink(
    Guid InvitationId, Guid DyadId, string Dyad, int Session, DateOnly? HeldOn, RaterRole Role, string InstrumentId, DateOnly DueOn,
    int DaysOverdue, DateTimeOffset? OpensAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RemindedAt, int ReminderCount);
