namespace Alliance.Data.Listing;

/// <summary>
/// Which links the reminders list asks for: of <paramref name="StudyId"/> (only <paramref name="TherapistId"/>'s dyads when
/// set; <see cref="Guid.Empty"/> for none), open at <paramref name="Now"/>, due on or before <paramref name="DueBy"/> or
/// expiring by <paramref name="ExpiringBy"/>. Days overdue count from the due day to <paramref name="Today"/>.
/// </summary>
public sealed record OverdueQuery(long StudyId, Guid? TherapistId, DateOnly DueBy, DateOnly Today, DateTimeOffset Now, DateTimeOffset ExpiringBy);
