using System.Diagnostics;
using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// A small PostgreSQL cluster of the drills' own, started from the same binaries as the app's embedded cluster, so
/// they can stop and crash-restart it without touching the test run's shared server. Durable (fsync and synchronous
/// commit on, as in production): an immediate restart must not lose an acknowledged commit, and with asynchronous
/// commit it would. Shared by the test classes of <see cref="OwnClusterDrills"/>, which run one at a time.
/// Stopped and deleted on dispose, whatever happened.
/// </summary>
public sealed class OwnCluster : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"alliance-drill-pg-{Guid.NewGuid():N}");
    private PostgresCluster? _cluster;

    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("not started");

    /// <summary>Admin connection string (database <c>postgres</c>) for <see cref="Testing.Databases.ScratchDatabase"/>.</summary>
    public string AdminConnectionString => Cluster.ConnectionString();

    public async Task InitializeAsync()
    {
        // Not CreateTempSubdirectory: its mode 700 would keep the postgres user (when tests run as root) out.
        Directory.CreateDirectory(_root);
        _cluster = new PostgresCluster(_root, durable: true);
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await _cluster.StartAsync(bound.Token);
    }

    /// <summary><c>pg_ctl restart -m immediate</c>: every backend killed, crash recovery on start. Returns when it accepts connections.</summary>
    public Task CrashRestartAsync(CancellationToken ct) => PgCtlAsync(ct, "-m", "immediate", "-w", "-t", "60", "restart");

    /// <summary>A fast shutdown: the database is down until <see cref="StartAsync"/>.</summary>
    public Task StopAsync(CancellationToken ct) => PgCtlAsync(ct, "-m", "fast", "-w", "-t", "60", "stop");

    /// <summary>Starts the stopped server again, on the same port (plain <c>pg_ctl start</c> would take the default one).</summary>
    public Task StartAsync(CancellationToken ct) => Cluster.StartAsync(ct);

    public async Task DisposeAsync()
    {
        try
        {
            if (_cluster is not null)
            {
                await _cluster.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            var data = _cluster?.DataDirectory;
            foreach (var dir in new[] { data, _root })
            {
                if (dir is not null && Directory.Exists(dir))
                {
                    Directory.Delete(dir, recursive: true);
                }
            }
        }
    }

    /// <summary>
    /// Runs pg_ctl on this cluster's data directory, as the postgres user when the tests run as root (PostgreSQL
    /// refuses root), with the server's output going to its log file: postmaster.opts keeps the port and settings.
    /// </summary>
    private async Task PgCtlAsync(CancellationToken ct, params string[] args)
    {
        var data = Cluster.DataDirectory ?? throw new InvalidOperationException("not started");
        string[] pgCtl = [Cluster.Binaries.PgCtl, "-D", data, "-l", Path.Combine(data, "server.log"), .. args];
        var root = Environment.UserName == "root";
        var info = new ProcessStartInfo(root ? "runuser" : pgCtl[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        foreach (var arg in root ? ["-u", "postgres", "--", .. pgCtl] : pgCtl[1..])
        {
            info.ArgumentList.Add(arg);
        }
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var errors = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg_ctl {string.Join(' ', args)} failed ({process.ExitCode}): {await output}{await errors}");
        }
    }
}
