using Npgsql;

namespace Alliance.Data.Schema;

/// <summary>Whether a database is usable by Alliance: it answers, and its schema was migrated.</summary>
public static class SchemaProbe
{
    /// <summary>
    /// Connects and reads the migrations table. Throws what Npgsql throws (<see cref="NpgsqlException"/>, a
    /// <see cref="PostgresException"/> for a server that is up but was never migrated) or
    /// <see cref="OperationCanceledException"/> when <paramref name="ct"/> ends first.
    /// </summary>
    public static async Task EnsureUsableAsync(string connectionString, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("""SELECT 1 FROM "__EFMigrationsHistory" LIMIT 1""", connection);
            await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        }
    }
}
