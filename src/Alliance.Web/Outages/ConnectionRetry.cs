using System.Diagnostics;
using Npgsql;

namespace Alliance.Web.Outages;

/// <summary>
/// Runs a database operation again while it fails for a <see cref="DatabaseOutage"/>, for at most a given time:
/// at once after the first failure (on a fresh connection, the pools cleared: the common case is one dead pooled
/// connection after PostgreSQL restarted), then after growing pauses while the server is still coming back.
/// Only for operations that may run twice: reads, and the submission store, whose second run of an already committed
/// statement inserts nothing and answers with the stored result (the unique index and the Idempotency-Key decide).
/// </summary>
public static class ConnectionRetry
{
    /// <summary>How long a request's own reads keep trying before the request is answered 503.</summary>
    public static readonly TimeSpan RequestWindow = TimeSpan.FromSeconds(2);

    /// <summary>How long the submission queue keeps trying a batch: long enough for an immediate restart's recovery.</summary>
    public static readonly TimeSpan QueueWindow = TimeSpan.FromSeconds(8);

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(1);

    public static async Task<T> RunAsync<T>(NpgsqlDataSource dataSource, TimeSpan window, Func<Task<T>> operation,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var started = Stopwatch.GetTimestamp();
        var pause = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return await operation().ConfigureAwait(false);
            }
            catch (Exception ex) when (DatabaseOutage.Is(ex) && Stopwatch.GetElapsedTime(started) + pause < window)
            {
                DatabaseOutage.ClearPools(dataSource);
            }
            await Task.Delay(pause, ct).ConfigureAwait(false);
            pause = pause == TimeSpan.Zero ? TimeSpan.FromMilliseconds(100) : TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, LongestPause.Ticks));
        }
    }

    /// <summary><see cref="RunAsync{T}"/> for an operation with no result.</summary>
    public static Task RunAsync(NpgsqlDataSource dataSource, TimeSpan window, Func<Task> operation, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        return RunAsync(dataSource, window, async () =>
        {
            await operation().ConfigureAwait(false);
            return true;
        }, ct);
    }
}
