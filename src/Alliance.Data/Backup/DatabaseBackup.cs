using System.Diagnostics;
using System.Globalization;
using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Backup;

/// <summary>
/// <c>alliance db backup --output DIR</c>: a logical backup of one database with PostgreSQL's <c>pg_dump</c> in its
/// directory format (<c>-Fd</c>, compressed per table), plus <see cref="BackupManifest"/>. Why a dump and not
/// <c>pg_basebackup</c> with WAL archiving: it works the same on the embedded cluster and on any configured server
/// (managed services give no replication access or file system), holds exactly the Alliance database, restores into
/// a newer PostgreSQL, and can be checked table by table (docs/operations.md, "Backups").
/// </summary>
public static class DatabaseBackup
{
    /// <summary>
    /// Backs up the database of <paramref name="connectionString"/> into <paramref name="outputDirectory"/>, which must
    /// not exist or be empty. The archive is written beside it and moved into place when complete, so a failed backup
    /// leaves nothing that looks like one. Progress goes to <paramref name="progress"/>.
    /// </summary>
    /// <exception cref="BackupRefusedException">The output directory is a file or not empty.</exception>
    /// <exception cref="BackupFailedException"><c>pg_dump</c> failed (its message included).</exception>
    public static async Task<BackupManifest> BackupAsync(string connectionString, string outputDirectory, TextWriter progress,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        if (File.Exists(output))
        {
            throw new BackupRefusedException($"--output: '{output}' is a file, not a directory");
        }
        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            throw new BackupRefusedException($"--output: '{output}' is not empty; back up into a new or empty directory");
        }
        var binaries = PostgresBinaries.Locate();
        var partial = $"{output}.partial-{Environment.ProcessId}";
        var clock = Stopwatch.StartNew();
        try
        {
            Directory.CreateDirectory(partial);
            if (!OperatingSystem.IsWindows())
            {
                // The backup holds every participant's answers: readable by its owner only, as pg_dump makes dump/.
                File.SetUnixFileMode(partial, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            var manifest = await DumpAsync(connectionString, binaries, partial, progress, ct).ConfigureAwait(false);
            await manifest.WriteAsync(partial, ct).ConfigureAwait(false);
            if (Directory.Exists(output))
            {
                Directory.Delete(output);
            }
            Directory.Move(partial, output);
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"backed up {manifest.Tables.Count} tables ({manifest.TotalRows:N0} rows, {manifest.DumpBytes / 1024.0:N0} KiB) to {output} in {clock.Elapsed.TotalSeconds:F1} s"))
                .ConfigureAwait(false);
            return manifest;
        }
        finally
        {
            if (Directory.Exists(partial))
            {
                Directory.Delete(partial, recursive: true);
            }
        }
    }

    private static async Task<BackupManifest> DumpAsync(string connectionString, PostgresBinaries binaries, string directory,
        TextWriter progress, CancellationToken ct)
    {
        // One repeatable-read transaction exports its snapshot to pg_dump (--snapshot) and counts the rows in it, so
        // the manifest describes exactly the rows in the archive, however busy the database is meanwhile.
        await using var connection = new NpgsqlConnection(TableCensus.Pinned(connectionString));
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct).ConfigureAwait(false);
        await using (var readOnly = new NpgsqlCommand("SET TRANSACTION READ ONLY", connection, snapshot))
        {
            await readOnly.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        var snapshotId = await ScalarAsync(connection, "SELECT pg_export_snapshot()", ct).ConfigureAwait(false);
        var createdAt = DateTimeOffset.UtcNow;
        var serverVersion = await ScalarAsync(connection, "SHOW server_version", ct).ConfigureAwait(false);
        var head = await TableCensus.MigrationHeadAsync(connection, ct).ConfigureAwait(false);
        await progress.WriteLineAsync($"backing up database {connection.Database} (PostgreSQL {serverVersion}, migration {head ?? "none"})")
            .ConfigureAwait(false);
        await progress.WriteLineAsync("counting rows…").ConfigureAwait(false);
        var tables = await TableCensus.TakeAsync(connection, ct).ConfigureAwait(false);

        using var client = await LibpqClient.CreateAsync(connectionString, forServerUser: false, ct).ConfigureAwait(false);
        var dump = Path.Combine(directory, BackupManifest.DumpDirectory);
        var result = await ServerProcess.RunAsync(binaries.PgDump,
            [.. client.Arguments, "-d", client.Database, "--no-password", "-Fd", "-f", dump, $"--snapshot={snapshotId}", "--verbose"],
            client.Environment, line => ReportTable(line, "dumping contents of table", progress), ct).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            throw new BackupFailedException($"pg_dump failed (exit {result.ExitCode}): {LastLines(result.StandardError)}");
        }
        await snapshot.CommitAsync(ct).ConfigureAwait(false);
        var version = await ServerProcess.RunAsync(binaries.PgDump, ["--version"], ct).ConfigureAwait(false);
        var bytes = new DirectoryInfo(dump).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
        return new BackupManifest(BackupManifest.FormatName, createdAt, connection.Database, serverVersion,
            version.StandardOutput.Trim(), head, bytes, tables);
    }

    /// <summary>Passes the per-table lines of <c>pg_dump</c>/<c>pg_restore --verbose</c> on as progress, and nothing else.</summary>
    internal static void ReportTable(string line, string marker, TextWriter progress)
    {
        if (line.Contains(marker, StringComparison.Ordinal))
        {
            progress.WriteLine(line);
        }
    }

    /// <summary>The end of a tool's standard error: the error is last, after any progress lines.</summary>
    internal static string LastLines(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join(" | ", lines.Where(l => !l.Contains(": dumping ", StringComparison.Ordinal)
            && !l.Contains(": processing ", StringComparison.Ordinal)).TakeLast(5));
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }
}
