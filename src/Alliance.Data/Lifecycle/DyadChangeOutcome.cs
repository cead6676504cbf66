namespace Alliance.Data.Lifecycle;

/// <summary>What <see cref="DyadChange.ChangeAsync"/> came to; anything but <see cref="Changed"/> changed nothing.</summary>
public enum DyadChangeOutcome
{
    Changed,
    Unknown,
    UnknownArm,
    UnknownTherapist,
    HasSessions,
    Taken,
}
