using Alliance.Data.Demo;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Npgsql;

namespace Alliance.Data.Tests.Embedded;

/// <summary>
/// A real streaming replica, made by <see cref="StreamingReplica"/> (as <c>alliance db replica start</c> does) from a
/// small cluster of the test's own, started from the same PostgreSQL binaries: exports read there and audit on the
/// primary, and while replay is paused an export shows the older state until the replica catches up. Both clusters
/// are stopped and their directories deleted whatever happens; the whole test is bounded to a minute.
/// </summary>
public sealed class StreamingReplicaTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"alliance-replica-test-{Guid.NewGuid():N}");
    private readonly CancellationTokenSource _bound = new(TimeSpan.FromSeconds(90));
    private PostgresCluster? _primary;
    private StreamingReplica? _replica;

    public Task InitializeAsync()
    {
        // Not CreateTempSubdirectory: its mode 700 would keep the postgres user (when tests run as root) out.
        Directory.CreateDirectory(_root);
        _primary = new PostgresCluster(Path.Combine(_root, "primary"), durable: false);
        _replica = new StreamingReplica(_primary, Path.Combine(_root, "replica"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        var dataDirectories = new[] { _replica!.Server.DataDirectory, _primary!.DataDirectory };
        try
        {
            await _replica.StopAsync(CancellationToken.None);
        }
        finally
        {
            await _primary.StopAsync(CancellationToken.None);
            NpgsqlConnection.ClearAllPools();
            foreach (var dir in dataDirectories.Append(_root))
            {
                if (dir is not null && Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
            _bound.Dispose();
        }
    }

    [Fact]
    public async Task ExportsReadTheReplicaAndShowTheOlderStateWhileReplayIsPausedUntilItCatchesUp()
    {
        var ct = _bound.Token;
        await _primary!.StartAsync(ct);
        await AllianceConnection.EnsureDatabaseAsync(_primary.ConnectionString(), "alliance", ct);
        var primary = _primary.ConnectionString("alliance");
        await AllianceDbContext.MigrateAsync(primary, ct);
        long study;
        await using (var db = AllianceDbContext.Open(primary))
        {
            study = (await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 31, ct)).StudyId;
        }
        await _replica!.StartAsync(ct);
        var replica = _replica.Server.ConnectionString("alliance");
        var routed = new AllianceDatabase(primary, replica);
        await CaughtUpAsync(primary, replica, ct);

        var before = await ExportAsync(new AllianceDatabase(primary), study, ct);
        var fromReplica = await ExportAsync(routed, study, ct);
        var refusedWrite = await Assert.ThrowsAsync<PostgresException>(() => ScalarAsync(replica, "CREATE TABLE nope (x int)", ct));

        await CaughtUpAsync(primary, replica, ct);          // the audit entries of those two exports included
        await ScalarAsync(replica, "SELECT pg_wal_replay_pause()", ct);
        await UntilAsync(async () => (string?)await ScalarAsync(replica, "SELECT pg_get_wal_replay_pause_state()", ct) == "paused", ct);
        var auditsBefore = (long)(await ScalarAsync(primary, "SELECT count(*) FROM audit_log", ct))!;
        await ScalarAsync(primary, $"DELETE FROM responses WHERE response_id = (SELECT response_id FROM responses WHERE study_id = {study} AND (SELECT count(*) FROM jsonb_object_keys(answers)) = 9 ORDER BY response_id LIMIT 1)", ct);
        var current = await ExportAsync(new AllianceDatabase(primary), study, ct); // an alliance form gone: its 9 item rows
        var lagging = await ExportAsync(routed, study, ct);
        var auditsAfter = (long)(await ScalarAsync(primary, "SELECT count(*) FROM audit_log", ct))!;
        var auditsOnPausedReplica = (long)(await ScalarAsync(replica, "SELECT count(*) FROM audit_log", ct))!;

        await ScalarAsync(replica, "SELECT pg_wal_replay_resume()", ct);
        await CaughtUpAsync(primary, replica, ct);
        var caughtUp = await ExportAsync(routed, study, ct);

        Assert.True(before.Split('\n').Length > 2000, "the demo's long export has 2,256 item rows");
        Assert.Equal(before, fromReplica);
        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refusedWrite.SqlState);
        Assert.Equal(before, lagging);
        Assert.Equal(before.Split('\n').Length - 9, current.Split('\n').Length);
        Assert.Equal(auditsBefore + 2, auditsAfter);        // the export from the paused replica was audited on the primary
        Assert.Equal(auditsBefore, auditsOnPausedReplica);
        Assert.Equal(current, caughtUp);
    }

    private static async Task<string> ExportAsync(AllianceDatabase database, long study, CancellationToken ct)
    {
        var csv = new StringWriter();
        await StudyExport.WriteAsync(database, study, new ExportOptions(ExportFormat.Long, "test:replica"), csv, ct);
        return csv.ToString();
    }

    /// <summary>
    /// Waits until the replica has replayed everything the primary had inserted into its WAL when asked. The insert
    /// position, not the write position: the test cluster commits asynchronously, so a commit record can still sit in
    /// the WAL buffers, beyond <c>pg_current_wal_lsn()</c>.
    /// </summary>
    private static async Task CaughtUpAsync(string primary, string replica, CancellationToken ct)
    {
        var lsn = (string)(await ScalarAsync(primary, "SELECT pg_current_wal_insert_lsn()::text", ct))!;
        await UntilAsync(async () => await ScalarAsync(replica, $"SELECT pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn", ct) is true, ct);
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        while (!await condition())
        {
            await Task.Delay(50, ct);
        }
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }
}
