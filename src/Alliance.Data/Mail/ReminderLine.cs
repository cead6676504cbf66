namespace Alliance.Data.Mail;

/// <summary>A schedule line with its reminder delay in days (null: no reminder).</summary>
public sealed record ReminderLine(Guid ScheduledFormId, string Role, string InstrumentId, string Version, int? ReminderAfterDays);
