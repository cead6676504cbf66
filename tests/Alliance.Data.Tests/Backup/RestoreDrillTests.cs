using Alliance.Data.Backup;
using Alliance.Data.Demo;
using Alliance.Testing.Databases;
using Npgsql;

namespace Alliance.Data.Tests.Backup;

/// <summary>
/// The restore drill of docs/operations.md on the run's PostgreSQL: seed the demo, back up, change the database,
/// restore, and find every table exactly as it was at backup time (row counts and digests computed by the test).
/// </summary>
public sealed class RestoreDrillTests : IAsyncLifetime
{
    /// <summary>The multi-form demo's responses: 24 dyads × (10 session checks + 3 client and 3 therapist alliance forms).</summary>
    private const int DemoResponses = 24 * (10 + 3 + 3);

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"alliance-backup-tests-{Guid.NewGuid():N}");
    private ScratchDatabase? _database;

    private ScratchDatabase Database => _database ?? throw new InvalidOperationException("not initialised");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_dir);
        _database = await TestServer.CreateDatabaseAsync("backup_tests", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(Database.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(Database.ConnectionString);
        await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 21, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Directory.Delete(_dir, recursive: true);
        await Database.DisposeAsync();
    }

    [Fact]
    public async Task BackUpAddDataRestoreGivesBackEveryTableAsItWasAtBackupTime()
    {
        var backup = Path.Combine(_dir, "drill");
        var progress = new StringWriter();
        var atBackup = await TableDigests.OfAsync(Database.ConnectionString);

        var manifest = await DatabaseBackup.BackupAsync(Database.ConnectionString, backup, progress, CancellationToken.None);
        await using (var db = AllianceDbContext.Open(Database.ConnectionString))
        {
            await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 22, CancellationToken.None);
        }
        await ExecuteAsync(Database.ConnectionString, "UPDATE studies SET name = name || ' (renamed)'");
        var changed = await TableDigests.OfAsync(Database.ConnectionString);
        await DatabaseRestore.RestoreAsync(Database.ConnectionString, backup, force: true, progress, CancellationToken.None);
        var restored = await TableDigests.OfAsync(Database.ConnectionString);

        Assert.NotEqual(atBackup["responses"], changed["responses"]);
        Assert.NotEqual(atBackup["studies"], changed["studies"]);
        Assert.Equal(atBackup, restored);
        Assert.Equal(DemoResponses, atBackup["responses"].Rows);
        Assert.Equal(atBackup.Keys.Select(t => "public." + t), manifest.Tables.Select(t => t.Name));
        Assert.Equal(atBackup.Values.Select(v => v.Rows), manifest.Tables.Select(t => t.Rows));
        Assert.NotNull(manifest.MigrationHead);
        Assert.Contains("pg_dump (PostgreSQL)", manifest.PgDumpVersion, StringComparison.Ordinal);
        Assert.Contains("pg_dump: dumping contents of table \"public.responses\"", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains("every digest matching", progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestoreIntoADatabaseThatDoesNotExistCreatesItWithoutForce()
    {
        var backup = Path.Combine(_dir, "copy");
        await DatabaseBackup.BackupAsync(Database.ConnectionString, backup, TextWriter.Null, CancellationToken.None);
        var name = $"backup_copy_{Guid.NewGuid():N}";
        var copy = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Database = name }.ConnectionString;
        try
        {
            await DatabaseRestore.RestoreAsync(copy, backup, force: false, TextWriter.Null, CancellationToken.None);

            Assert.Equal(await TableDigests.OfAsync(Database.ConnectionString), await TableDigests.OfAsync(copy));
        }
        finally
        {
            await ExecuteAsync(await TestServer.AdminConnectionStringAsync(CancellationToken.None), $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    [Fact]
    public async Task RestoreOverANonEmptyDatabaseWithoutForceIsRefusedAndChangesNothing()
    {
        var backup = Path.Combine(_dir, "refused");
        await DatabaseBackup.BackupAsync(Database.ConnectionString, backup, TextWriter.Null, CancellationToken.None);
        await ExecuteAsync(Database.ConnectionString, "UPDATE studies SET name = 'after the backup'");
        var before = await TableDigests.OfAsync(Database.ConnectionString);

        var refusal = await Assert.ThrowsAsync<BackupRefusedException>(() =>
            DatabaseRestore.RestoreAsync(Database.ConnectionString, backup, force: false, TextWriter.Null, CancellationToken.None));

        Assert.Contains($"database {Database.Name}", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("--force", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(before, await TableDigests.OfAsync(Database.ConnectionString));
    }

    [Fact]
    public async Task BackupIntoANonEmptyDirectoryIsRefusedAndLeavesItAlone()
    {
        var target = Path.Combine(_dir, "occupied");
        Directory.CreateDirectory(target);
        await File.WriteAllTextAsync(Path.Combine(target, "notes.txt"), "mine");

        var refusal = await Assert.ThrowsAsync<BackupRefusedException>(() =>
            DatabaseBackup.BackupAsync(Database.ConnectionString, target, TextWriter.Null, CancellationToken.None));

        Assert.Contains("is not empty", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
        Assert.Empty(Directory.GetDirectories(_dir, "occupied.partial-*"));
    }

    [Fact]
    public async Task RestoreFromAMissingOrForeignDirectoryIsRefused()
    {
        var foreign = Path.Combine(_dir, "foreign");
        Directory.CreateDirectory(foreign);
        await File.WriteAllTextAsync(Path.Combine(foreign, BackupManifest.FileName), """{"format": "something-else/3", "tables": []}""");

        var missing = await Assert.ThrowsAsync<BackupRefusedException>(() =>
            DatabaseRestore.RestoreAsync(Database.ConnectionString, Path.Combine(_dir, "nowhere"), true, TextWriter.Null, CancellationToken.None));
        var empty = await Assert.ThrowsAsync<BackupRefusedException>(() =>
            DatabaseRestore.RestoreAsync(Database.ConnectionString, _dir, true, TextWriter.Null, CancellationToken.None));
        var other = await Assert.ThrowsAsync<BackupRefusedException>(() =>
            DatabaseRestore.RestoreAsync(Database.ConnectionString, foreign, true, TextWriter.Null, CancellationToken.None));

        Assert.Contains("does not exist", missing.Message, StringComparison.Ordinal);
        Assert.Contains("is not an Alliance backup", empty.Message, StringComparison.Ordinal);
        Assert.Contains("something-else/3", other.Message, StringComparison.Ordinal);
        Assert.Equal(DemoResponses, (await TableDigests.OfAsync(Database.ConnectionString))["responses"].Rows);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
