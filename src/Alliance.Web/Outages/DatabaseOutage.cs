using Npgsql;

namespace Alliance.Web.Outages;

/// <summary>
/// Which failures mean "the database cannot be reached right now" (down, restarting, refusing connections, or a
/// pooled connection it has since closed), as opposed to an answer from a running server such as a constraint
/// violation. Those are retried where that is safe (<see cref="ConnectionRetry"/>)
/// and otherwise answered 503 with Retry-After (<see cref="OutageExceptionHandler"/>), never a bare 500.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>Seconds a client is told to wait (Retry-After) before trying again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// Whether <paramref name="exception"/>, or one it wraps (EF Core wraps Npgsql's), is a lost or refused connection.
    /// A <see cref="PostgresException"/> counts only when it is about the connection: class 08, the server shutting
    /// down or starting up (57P01–57P03), or out of connection slots (53300). Any other <see cref="NpgsqlException"/>
    /// is Npgsql failing to reach the server, losing it mid-statement or waiting too long for a pooled connection.
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                            or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections;
                case NpgsqlOperationInProgressException:
                    return false;
                case NpgsqlException:
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Drops every idle pooled connection (and the busy ones when they come back). After PostgreSQL restarts, each
    /// pooled connection is dead, and Npgsql does not check one before handing it out: without this, each of them
    /// would fail one more request after the first failure showed the server had gone.
    /// </summary>
    public static void ClearPools(NpgsqlDataSource? dataSource = null)
    {
        dataSource?.Clear();
        NpgsqlConnection.ClearAllPools();
    }
}
