using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Alliance.Web.Workspace;

/// <summary>
/// Limits wrong passwords per client across all addresses (one client trying many accounts): after
/// <see cref="SignInOptions.AddressFailureLimit"/> in <see cref="SignInOptions.AddressWindow"/>, every sign-in from
/// it is answered 429 until the window ends. Only wrong passwords cost a permit, so a clinic behind one address is
/// unaffected unless someone there keeps failing. Kept in memory, per instance: with N instances behind a proxy that
/// spreads requests, a client gets up to N times the limit; the per-account delay (<see cref="Data.Accounts.SignInDelays"/>)
/// is in PostgreSQL and holds across instances.
/// </summary>
/// <remarks>
/// A framework <see cref="PartitionedRateLimiter"/> with a fixed window per client, asked for zero permits to peek and
/// for one per failure. (The participants' token-guess limit is counted in PostgreSQL instead, across instances.)
/// </remarks>
internal sealed class SignInAddressLimiter(IOptions<SignInOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(
        client => RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.AddressFailureLimit,
            Window = options.Value.AddressWindow,
            QueueLimit = 0,
        }));

    /// <summary>Zero when the client may try now; otherwise how long until it may, at the most.</summary>
    public TimeSpan Wait(string client)
    {
        using var lease = _limiter.AttemptAcquire(client, 0);
        return lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : options.Value.AddressWindow;
    }

    /// <summary>Counts one wrong password from the client.</summary>
    public void RecordFailure(string client) => _limiter.AttemptAcquire(client).Dispose();

    public void Dispose() => _limiter.Dispose();
}
