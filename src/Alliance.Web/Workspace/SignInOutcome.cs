namespace Alliance.Web.Workspace;

/// <summary>What a sign-in attempt came to.</summary>
internal enum SignInOutcome
{
    /// <summary>Right password, account not locked.</summary>
    SignedIn,

    /// <summary>Unknown e-mail address or wrong password.</summary>
    Refused,

    /// <summary>Too many wrong passwords: refused until the lock ends, whatever the password.</summary>
    LockedOut,
}
