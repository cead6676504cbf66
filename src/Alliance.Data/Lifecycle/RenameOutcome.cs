namespace Alliance.Data.Lifecycle;

/// <summary>What <see cref="ParticipantCodes.RenameAsync"/> came to: renamed, no such participant, or the code (or a dyad code it makes) is taken.</summary>
public enum RenameOutcome
{
    Renamed,
    Unknown,
    Taken,
}
