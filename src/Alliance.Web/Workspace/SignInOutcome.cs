namespace Alliance.Web.Workspace;

/// <summary>What a sign-in attempt came to.</summary>
internal enum SignInOutcome
{
    /// <summary>Right password, client not throttled.</summary>
    SignedIn,

    /// <summary>Unknown e-mail address or wrong password.</summary>
    Refused,

    /// <summary>Right password of an account with two-factor sign-in: the code is asked for next (no session yet).</summary>
    SecondFactor,

    /// <summary>Too many wrong passwords from this client (for this address, or for any): not checked, try again later.</summary>
    Throttled,
}
