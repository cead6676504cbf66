using System.Net;
using System.Threading.RateLimiting;

namespace Alliance.Web.Surveys;

/// <summary>
/// Slows down token guessing: an address that presented more than <see cref="SurveyOptions.GuessLimit"/> unknown
/// tokens within <see cref="SurveyOptions.GuessWindow"/> is refused (429) on every token route until the window
/// ends. Participants with valid links never count against it, so a clinic behind one address is unaffected
/// unless someone there guesses. With 256-bit tokens this is defence in depth, not the defence.
/// </summary>
/// <remarks>
/// Built on the framework's rate limiters (a fixed window per address, <see cref="PartitionedRateLimiter"/>, which
/// also drops the windows of addresses gone quiet). Not the rate-limiting middleware: that takes a permit for every
/// request, and here only an unknown token costs one, so the routes acquire permits themselves.
/// </remarks>
internal sealed class TokenGuessLimiter(SurveyOptions options) : IDisposable
{
    private readonly PartitionedRateLimiter<IPAddress> _limiter = PartitionedRateLimiter.Create<IPAddress, IPAddress>(
        address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.GuessLimit,
            Window = options.GuessWindow,
            QueueLimit = 0,
        }));

    /// <summary>True when the address may present a token now; otherwise how long until it may, at the most.</summary>
    public bool IsAllowed(IPAddress? address, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (address is null)
        {
            return true;
        }
        // Asking for no permit tells whether any is left without taking one.
        using var lease = _limiter.AttemptAcquire(address, 0);
        if (lease.IsAcquired)
        {
            return true;
        }
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.GuessWindow;
        return false;
    }

    /// <summary>Counts one unknown token presented by the address.</summary>
    public void RecordUnknownToken(IPAddress? address)
    {
        if (address is not null)
        {
            _limiter.AttemptAcquire(address).Dispose();
        }
    }

    public void Dispose() => _limiter.Dispose();
}
