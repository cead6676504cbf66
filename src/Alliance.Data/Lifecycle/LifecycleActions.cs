namespace Alliance.Data.Lifecycle;

/// <summary>The audit log's action names for the study's and its participants' lifecycle.</summary>
public static class LifecycleActions
{
    public const string StudyLocked = "study.lock";
    public const string StudyClosed = "study.close";
    public const string StudyArchived = "study.archive";
    public const string StudyUnlocked = "study.unlock";
    public const string StudyDuplicated = "study.duplicate";
    public const string StudyDuplicatedFrom = "study.duplicateOf";
    public const string ClientCodeChanged = "participants.client.code";
    public const string TherapistCodeChanged = "participants.therapist.code";
    public const string DyadChanged = "participants.dyad.change";
    public const string DyadEnded = "participants.dyad.end";
    public const string ParticipantWithdrawn = "participants.withdraw";
    public const string ParticipantErased = "participants.erase";

    /// <summary>The action that records a study's move into <paramref name="to"/>.</summary>
    public static string StateChange(Model.StudyState to) => to switch
    {
        Model.StudyState.Locked => StudyLocked,
        Model.StudyState.Closed => StudyClosed,
        Model.StudyState.Archived => StudyArchived,
        _ => StudyUnlocked,
    };
}
