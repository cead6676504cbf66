using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Backup;

/// <summary>
/// Counts and digests every table of a database, for the manifest at backup time and the check after a restore. Run
/// inside the backup's snapshot, it describes exactly what <c>pg_dump</c> wrote. Rows are compared by their text form
/// (<c>t::text</c>), so the connection pins the settings that text depends on (time zone; Npgsql fixes the float
/// digits and date style).
/// </summary>
internal static class TableCensus
{
    private const string TablesSql = """
        SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
        ORDER BY 1, 2
        """;

    /// <summary>The connection string with the session settings the digests depend on.</summary>
    public static string Pinned(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Timezone = "UTC", Pooling = false }.ConnectionString;

    public static async Task<IReadOnlyList<BackupTable>> TakeAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var names = new List<(string Schema, string Table)>();
        await using (var list = new NpgsqlCommand(TablesSql, connection))
        await using (var reader = await list.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                names.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        var tables = new List<BackupTable>(names.Count);
        foreach (var (schema, table) in names)
        {
            var quoted = $"{AllianceConnection.QuoteIdentifier(schema)}.{AllianceConnection.QuoteIdentifier(table)}";
            // md5 of the sorted row md5s: independent of physical order, and the sort works on 32-byte keys whatever the rows hold.
            await using var count = new NpgsqlCommand(
                $"SELECT count(*), md5(coalesce(string_agg(h, '' ORDER BY h), '')) FROM (SELECT md5(t::text) AS h FROM {quoted} t) r",
                connection);
            await using var reader = await count.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await reader.ReadAsync(ct).ConfigureAwait(false);
            tables.Add(new BackupTable($"{schema}.{table}", reader.GetInt64(0), reader.GetString(1)));
        }
        return tables;
    }

    /// <summary>The last applied EF migration, or null when the database has no migrations table.</summary>
    public static async Task<string?> MigrationHeadAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var exists = new NpgsqlCommand("SELECT to_regclass('public.\"__EFMigrationsHistory\"') IS NOT NULL", connection);
        if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not true)
        {
            return null;
        }
        await using var head = new NpgsqlCommand(
            "SELECT \"MigrationId\" FROM public.\"__EFMigrationsHistory\" ORDER BY \"MigrationId\" DESC LIMIT 1", connection);
        return await head.ExecuteScalarAsync(ct).ConfigureAwait(false) as string;
    }

    /// <summary>Tables, views, sequences and other relations outside the system schemas: what makes a database non-empty.</summary>
    public static async Task<long> RelationCountAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var count = new NpgsqlCommand("""
            SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'
            """, connection);
        return (long)(await count.ExecuteScalarAsync(ct).ConfigureAwait(false) ?? 0L);
    }
}
