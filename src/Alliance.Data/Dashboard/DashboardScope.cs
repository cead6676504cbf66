namespace Alliance.Data.Dashboard;

/// <summary>
/// What one dashboard request may read and when it is read: the study; for a clinician, the one therapist whose dyads
/// they may see (<see cref="Restricted"/> with a null <see cref="TherapistId"/> sees none); the moment the counts are
/// taken and the day on or before which an open form is overdue.
/// </summary>
public sealed record DashboardScope(long StudyId, bool Restricted, Guid? TherapistId, DateTimeOffset Now, DateOnly OverdueOn);
