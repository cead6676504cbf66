namespace Alliance.Data.Access;

/// <summary>What a change to a study's membership came to.</summary>
public enum MemberChange
{
    /// <summary>Changed (and audited).</summary>
    Done,

    /// <summary>The account is not a member of this study (or, when adding, has no account at all).</summary>
    NotFound,

    /// <summary>Adding: the account is already a member.</summary>
    AlreadyMember,

    /// <summary>Demoting or removing the study's only owner: refused, a study always keeps an owner.</summary>
    LastOwner,

    /// <summary>Linking a therapist to a member who is not a clinician.</summary>
    NotClinician,

    /// <summary>Linking to a therapist id that is not one of this study's therapists.</summary>
    UnknownTherapist,
}
