using System.Globalization;
using System.Text.Json;
using Alliance.Data.Embedded;
using Alliance.Testing.Databases;
using Npgsql;

namespace Alliance.Cli.Tests.Database;

/// <summary>
/// <c>db backup</c>, <c>db restore</c> and the read-only connection through the command line, against scratch
/// databases of the run's server. Both variables are process-wide, hence the serial collection.
/// </summary>
[Collection(SharedConnectionVariable.Name)]
public sealed class BackupCommandTests : IAsyncLifetime
{
    /// <summary>
    /// The server's password, or where it has none (tests/run's server trusts loopback) one that is never checked:
    /// either must never be printed.
    /// </summary>
    private string Canary => new NpgsqlConnectionStringBuilder(_database!.ConnectionString).Password ?? "canary-Pw-71c3";

    /// <summary>The multi-form demo's responses: 24 dyads × (10 session checks + 3 client and 3 therapist alliance forms).</summary>
    private const int DemoResponses = 24 * (10 + 3 + 3);

    /// <summary>Its long export's item rows: 4 lines per session check, 9 items per alliance form (skipped ones included).</summary>
    private const int DemoLongRows = 24 * (10 * 4 + (3 + 3) * 9);

    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-cli-backup").FullName;
    private ScratchDatabase? _database;
    private ScratchDatabase? _copy;
    private string? _previous;
    private string? _previousReadOnly;

    private string Primary => new NpgsqlConnectionStringBuilder(_database!.ConnectionString) { Password = Canary }.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("cli_backup", CancellationToken.None);
        _copy = await TestServer.CreateDatabaseAsync("cli_backup_copy", CancellationToken.None);
        _previous = Environment.GetEnvironmentVariable(AllianceConnection.Variable);
        _previousReadOnly = Environment.GetEnvironmentVariable(AllianceConnection.ReadOnlyVariable);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, Primary);
        Environment.SetEnvironmentVariable(AllianceConnection.ReadOnlyVariable, null);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _previous);
        Environment.SetEnvironmentVariable(AllianceConnection.ReadOnlyVariable, _previousReadOnly);
        Directory.Delete(_dir, recursive: true);
        await _copy!.DisposeAsync();
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task BackupRestoreAndExportFromTheReadOnlyCopyKeepTheirExitCodesAndNeverPrintThePassword()
    {
        using var demo = JsonDocument.Parse((await CliRun.RunAsync("demo", "--json", "--seed", "9")).Stdout);
        var study = demo.RootElement.GetProperty("study_id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var backup = Path.Combine(_dir, "b");

        var tables = await CountAsync(_database!.ConnectionString, "pg_tables WHERE schemaname = 'public'");
        var made = await CliRun.RunAsync("db", "backup", "--output", backup);
        var again = await CliRun.RunAsync("db", "backup", "--output", backup);
        var refused = await CliRun.RunAsync("db", "restore", backup);
        var foreign = await CliRun.RunAsync("db", "restore", _dir);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _copy!.ConnectionString);
        var copied = await CliRun.RunAsync("db", "restore", backup);

        // The copy stands in for a replica that has not seen the primary's newest write yet.
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, Primary);
        await ExecuteAsync(_database!.ConnectionString, $"DELETE FROM responses WHERE study_id = {study}");
        var auditsBefore = await CountAsync(_database.ConnectionString, "audit_log");
        Environment.SetEnvironmentVariable(AllianceConnection.ReadOnlyVariable, _copy.ConnectionString);
        var fromCopy = await CliRun.RunAsync("export", "--study", study, "--format", "long");
        Environment.SetEnvironmentVariable(AllianceConnection.ReadOnlyVariable, null);
        var fromPrimary = await CliRun.RunAsync("export", "--study", study, "--format", "long");
        var auditsAfter = await CountAsync(_database.ConnectionString, "audit_log");
        var auditsOnCopy = await CountAsync(_copy.ConnectionString, "audit_log");
        var forced = await CliRun.RunAsync("db", "restore", backup, "--force");

        Assert.True(made.ExitCode == 0, made.Stderr);
        Assert.Contains($"backed up {tables} tables", made.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(backup, "alliance-backup.json")));
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("is not empty", again.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("is not an Alliance backup", foreign.Stderr, StringComparison.Ordinal);
        Assert.True(copied.ExitCode == 0, copied.Stderr);
        Assert.Equal(1 + DemoLongRows, fromCopy.Stdout.TrimEnd('\n').Split('\n').Length);
        Assert.Single(fromPrimary.Stdout.TrimEnd('\n').Split('\n'));      // the header: the primary has no responses left
        Assert.Equal(auditsBefore + 2, auditsAfter);
        Assert.Equal(1, auditsOnCopy);      // the demo's entry from the backup only: the export audited on the primary
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Equal(DemoResponses, await CountAsync(_database.ConnectionString, "responses"));
        foreach (var run in new[] { made, again, refused, foreign, copied, fromCopy, fromPrimary, forced })
        {
            Assert.DoesNotContain(Canary, run.Stdout + run.Stderr, StringComparison.Ordinal);
        }
    }

    private static async Task<long> CountAsync(string connectionString, string table)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
