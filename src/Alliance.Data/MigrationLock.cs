using Npgsql;

namespace Alliance.Data;

/// <summary>
/// Lets one process at a time migrate a database. Several web instances (and the CLI) migrate at start; without this
/// two of them starting together each apply the same migration and all but one fail half-way ("column … already
/// exists"). A session-level advisory lock is held on its own connection for the whole migration, so it is released
/// when the holder ends, also when it dies. Advisory locks are per database, so other databases on the server are
/// not held up.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    /// <summary>The lock's key: fixed, so every version of Alliance takes the same one ("alliance" in ASCII).</summary>
    private const long Key = 0x616c6c69616e6365;

    private readonly NpgsqlConnection _connection;

    private MigrationLock(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Waits until no other process is migrating <paramref name="connectionString"/>'s database.</summary>
    public static async Task<MigrationLock> AcquireAsync(string connectionString, CancellationToken ct)
    {
        // Unpooled: closing the connection ends the session, so the lock cannot outlive its holder in a pool.
        var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection);
            take.Parameters.AddWithValue("key", Key);
            await take.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Ending the session releases the lock.
        await _connection.DisposeAsync().ConfigureAwait(false);
    }
}
