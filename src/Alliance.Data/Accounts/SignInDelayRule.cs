namespace Alliance.Data.Accounts;

/// <summary>
/// How wrong passwords for one address from one client slow that client down (see <see cref="SignInDelays"/>): the
/// <paramref name="MaxFailures"/>-th wrong password of a streak, and each one after it, blocks the pair for
/// <paramref name="FirstDelay"/> × 2^(failures − <paramref name="MaxFailures"/>), at most <paramref name="MaxDelay"/>.
/// A streak ends with a right password or after <paramref name="QuietReset"/> without failures.
/// </summary>
public sealed record SignInDelayRule(int MaxFailures, TimeSpan FirstDelay, TimeSpan MaxDelay, TimeSpan QuietReset);
