namespace Alliance.Data.Model;

/// <summary>An account's role in one study (<see cref="StudyRoles"/>).</summary>
public sealed class StudyMember
{
    public long StudyId { get; set; }

    public Guid AccountId { get; set; }

    public required string Role { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    /// <summary>
    /// For a clinician: the therapist (by code in the study) whose dyads they see. A clinician without one sees no dyads.
    /// </summary>
    public Guid? TherapistId { get; set; }
}
