using System.Diagnostics;
using System.Globalization;
using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Backup;

/// <summary>
/// <c>alliance db restore DIR</c>: brings a <see cref="DatabaseBackup"/> back with <c>pg_restore</c> in one transaction
/// (all or nothing), then counts and digests every table and compares them with the manifest. The target is the
/// configured database; it is created when missing and must be empty unless <c>force</c> is given, which drops and
/// recreates it (ending its connections). Restoring into a new database is a matter of naming one that does not exist.
/// </summary>
public static class DatabaseRestore
{
    /// <summary>Restores <paramref name="backupDirectory"/> into the database of <paramref name="connectionString"/>.</summary>
    /// <exception cref="BackupRefusedException">No backup there, or the target holds data and <paramref name="force"/> is false; nothing changed.</exception>
    /// <exception cref="BackupFailedException"><c>pg_restore</c> failed (the target is left empty) or the result differs from the manifest.</exception>
    public static async Task<BackupManifest> RestoreAsync(string connectionString, string backupDirectory, bool force,
        TextWriter progress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var directory = Path.GetFullPath(backupDirectory);
        var manifest = await BackupManifest.ReadAsync(directory, ct).ConfigureAwait(false);
        var binaries = PostgresBinaries.Locate();
        var clock = Stopwatch.StartNew();
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"restoring the backup of {manifest.Database} made {manifest.CreatedAt:yyyy-MM-ddTHH:mm:ssZ} (migration {manifest.MigrationHead ?? "none"}, {manifest.TotalRows:N0} rows)"))
            .ConfigureAwait(false);
        await PrepareTargetAsync(connectionString, force, progress, ct).ConfigureAwait(false);

        using var client = await LibpqClient.CreateAsync(connectionString, forServerUser: false, ct).ConfigureAwait(false);
        // Objects are owned by whoever restores, so a backup of the embedded cluster restores on any server and back.
        var result = await ServerProcess.RunAsync(binaries.PgRestore,
            [.. client.Arguments, "-d", client.Database, "--no-password", "--no-owner", "--no-privileges", "--single-transaction",
             "--exit-on-error", "--verbose", Path.Combine(directory, BackupManifest.DumpDirectory)],
            client.Environment, line => DatabaseBackup.ReportTable(line, "processing data for table", progress), ct).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new BackupFailedException(
                $"pg_restore failed (exit {result.ExitCode}; nothing was restored): {DatabaseBackup.LastLines(result.StandardError)}");
        }

        await progress.WriteLineAsync("checking row counts and digests…").ConfigureAwait(false);
        await using var connection = new NpgsqlConnection(TableCensus.Pinned(connectionString));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        var restored = await TableCensus.TakeAsync(connection, ct).ConfigureAwait(false);
        var differences = Differences(manifest.Tables, restored);
        if (differences.Count > 0)
        {
            throw new BackupFailedException($"the restored database differs from the backup's manifest: {string.Join("; ", differences)}");
        }
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"restored {restored.Count} tables ({manifest.TotalRows:N0} rows, every digest matching) into {connection.Database} in {clock.Elapsed.TotalSeconds:F1} s"))
            .ConfigureAwait(false);
        return manifest;
    }

    private static async Task PrepareTargetAsync(string connectionString, bool force, TextWriter progress, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var database = target.Database ?? throw new BackupRefusedException("the connection string names no database to restore into");
        var admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await AllianceConnection.EnsureDatabaseAsync(admin, database, ct).ConfigureAwait(false);
        long relations;
        await using (var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            relations = await TableCensus.RelationCountAsync(connection, ct).ConfigureAwait(false);
        }
        if (relations == 0)
        {
            return;
        }
        if (!force)
        {
            throw new BackupRefusedException(string.Create(CultureInfo.InvariantCulture,
                $"database {database} on {target.Host}:{target.Port} is not empty ({relations} tables, views or sequences)") +
                "; restore into a new database (point ConnectionStrings__Alliance at a name that does not exist yet), " +
                "or give --force to drop and replace it");
        }
        await progress.WriteLineAsync($"--force: dropping and recreating database {database}").ConfigureAwait(false);
        // Pooled connections of this process to the old database would fail on first use afterwards.
        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }
        await using var server = new NpgsqlConnection(admin);
        await server.OpenAsync(ct).ConfigureAwait(false);
        var quoted = AllianceConnection.QuoteIdentifier(database);
        await using (var drop = new NpgsqlCommand($"DROP DATABASE {quoted} WITH (FORCE)", server))
        {
            await drop.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        await using var create = new NpgsqlCommand($"CREATE DATABASE {quoted} TEMPLATE template0", server);
        await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static List<string> Differences(IReadOnlyList<BackupTable> expected, IReadOnlyList<BackupTable> actual)
    {
        var found = actual.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var table in expected)
        {
            if (!found.Remove(table.Name, out var restored))
            {
                differences.Add($"{table.Name} is missing");
            }
            else if (restored.Rows != table.Rows)
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{table.Name} has {restored.Rows} rows, the backup {table.Rows}"));
            }
            else if (restored.Digest != table.Digest)
            {
                differences.Add($"{table.Name} has other content than the backup");
            }
        }
        differences.AddRange(found.Keys.Select(name => $"{name} is not in the backup"));
        return differences;
    }
}
