namespace Alliance.Data.Model;

/// <summary>
/// Where a study stands in its life, stored as its lower-case name (<c>active</c>, <c>locked</c>, <c>closed</c>,
/// <c>archived</c>; the database checks the column). What each state allows is one rule: <c>Lifecycle/StudyStates</c>.
/// </summary>
public enum StudyState
{
    /// <summary>Collecting: links are issued and answered, everything can be changed.</summary>
    Active,

    /// <summary>Paused by an owner: no new links and no answers; the team can still change the set-up and the people.</summary>
    Locked,

    /// <summary>Collection has ended: no new links and no answers; people can still be withdrawn, ended or erased.</summary>
    Closed,

    /// <summary>Read-only everywhere: exports still work, an owner can still erase a participant or unlock the study.</summary>
    Archived,
}
