namespace Alliance.Data.Accounts;

/// <summary>Where an e-mailed single-use link (account invitation, password reset) stands.</summary>
public enum EmailLinkState
{
    /// <summary>No such link (never issued, revoked, or mistyped).</summary>
    Unknown,

    /// <summary>Usable now.</summary>
    Valid,

    /// <summary>Issued, but its time ran out.</summary>
    Expired,

    /// <summary>Already used once.</summary>
    Used,
}
