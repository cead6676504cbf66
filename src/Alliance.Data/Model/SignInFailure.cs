namespace Alliance.Data.Model;

/// <summary>
/// Recent wrong passwords for one typed-in e-mail address from one client address (an IPv4 address or an IPv6
/// /64): the per-account sign-in delay (see <see cref="Accounts.SignInDelays"/>). Keyed by the address as typed
/// (lower-cased), whether or not an account has it, so the delay never tells which addresses have accounts; keyed by
/// client too, so one client's failures never delay the account's owner signing in from elsewhere.
/// </summary>
public sealed class SignInFailure
{
    /// <summary>The e-mail address as typed, trimmed and lower-cased.</summary>
    public required string Email { get; set; }

    /// <summary>The client address (IPv6 reduced to its /64 prefix).</summary>
    public required string Client { get; set; }

    /// <summary>Wrong passwords in the current streak (reset by a right password or a quiet spell).</summary>
    public int Failures { get; set; }

    public DateTimeOffset LastFailedAt { get; set; }

    /// <summary>Sign-in from this client for this address is answered 429 until then.</summary>
    public DateTimeOffset? BlockedUntil { get; set; }
}
