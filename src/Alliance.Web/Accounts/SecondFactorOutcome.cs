namespace Alliance.Web.Accounts;

/// <summary>What a two-factor code (or recovery code) came to.</summary>
internal enum SecondFactorOutcome
{
    /// <summary>A right code of a time step not used before.</summary>
    Accepted,

    /// <summary>One of the account's unused recovery codes, now used up.</summary>
    RecoveryCodeUsed,

    /// <summary>Wrong, malformed, or not a code of this account.</summary>
    Wrong,

    /// <summary>A right code that was accepted once already (its time step is used).</summary>
    Replayed,

    /// <summary>Too many wrong codes (or passwords) from this client: not checked.</summary>
    Throttled,
}
