using Npgsql;

namespace Alliance.Data.Coordination;

/// <summary>
/// A PostgreSQL session-level advisory lock (<c>pg_advisory_lock</c>), held on a connection of its own until disposed:
/// while one web instance holds it, every other instance asking for the same <see cref="AdvisoryLockKey"/> waits. When
/// the holder dies its connection closes and PostgreSQL releases the lock, so a crash never leaves work locked.
/// </summary>
public sealed class AdvisoryLock : IAsyncDisposable
{
    private readonly NpgsqlConnection _connection;
    private readonly AdvisoryLockKey _key;

    private AdvisoryLock(NpgsqlConnection connection, AdvisoryLockKey key) => (_connection, _key) = (connection, key);

    /// <summary>Waits until this instance holds <paramref name="key"/>.</summary>
    public static async Task<AdvisoryLock> TakeAsync(string connectionString, AdvisoryLockKey key, CancellationToken ct)
    {
        // Unpooled: a session lock lives as long as its connection, and a pooled connection that failed to unlock
        // would go back to the pool still holding it.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await RunAsync(connection, "SELECT pg_advisory_lock(@key)", key, ct).ConfigureAwait(false);
            return new AdvisoryLock(connection, key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RunAsync(_connection, "SELECT pg_advisory_unlock(@key)", _key, CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            // Closing the (unpooled) connection releases the lock even when the unlock above failed.
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, AdvisoryLockKey key, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("key", (long)key);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
