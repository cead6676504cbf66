using Alliance.Data.Accounts;

namespace Alliance.Web.Workspace;

/// <summary>Sign-in throttling and session settings, bound from the <c>SignIn</c> configuration section (docs/operations.md).</summary>
public sealed class SignInOptions
{
    /// <summary>Wrong passwords (for any addresses) one client may send per <see cref="AddressWindow"/>; then 429. Per instance.</summary>
    public int AddressFailureLimit { get; set; } = 20;

    /// <summary>Length of the per-client window.</summary>
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wrong password of a streak (one address from one client) that starts the delay.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>The first delay; each further wrong password doubles it.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest delay.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A streak without a failure for this long starts again from nothing.</summary>
    public TimeSpan QuietReset { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Sliding lifetime of the sign-in cookie and its session.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>The per-account delay as the data layer applies it.</summary>
    public SignInDelayRule Delays => new(MaxFailures, FirstDelay, MaxDelay, QuietReset);
}
