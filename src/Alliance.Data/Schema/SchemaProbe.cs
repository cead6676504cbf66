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

    /// <summary>Whether <paramref name="table"/> exists in the database (a migration may not have been applied yet).</summary>
    public static async Task<bool> HasTableAsync(string connectionString, string table, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            await using var command = new NpgsqlCommand("SELECT to_regclass(@table) IS NOT NULL", connection);
            command.Parameters.AddWithValue("table", table);
            return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is true;
        }
    }
}
