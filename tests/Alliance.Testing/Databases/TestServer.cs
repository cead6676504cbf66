using Alliance.Data.Embedded;

namespace Alliance.Testing.Databases;

/// <summary>
/// The PostgreSQL server a test run uses: <c>ALLIANCE_TEST_PG</c> (set by <c>tests/run</c>, one cluster per run)
/// when present, else one throwaway cluster per test process under the temp directory, started with the same
/// launcher as the app and stopped when the process exits. Pair with <see cref="ScratchDatabase"/> per test class.
/// </summary>
public static class TestServer
{
    /// <summary>Environment variable with an admin connection string (database <c>postgres</c>).</summary>
    public const string Variable = "ALLIANCE_TEST_PG";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _connectionString;

    /// <summary>Admin connection string of the run's server, starting a private cluster on first call if needed.</summary>
    public static async Task<string> AdminConnectionStringAsync(CancellationToken ct)
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        await Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (_connectionString is null)
            {
                SweepLeftovers();
                var root = Path.Combine(Path.GetTempPath(), $"alliance-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..48]);
                Directory.CreateDirectory(root);
                var cluster = new PostgresCluster(root, durable: false);
                await cluster.StartAsync(ct).ConfigureAwait(false);
                AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                {
                    cluster.StopAsync(CancellationToken.None).GetAwaiter().GetResult();
                    TryDelete(root);
                };
                _connectionString = cluster.ConnectionString();
            }
            return _connectionString;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A fresh database in the run's server for one test class.</summary>
    public static async Task<ScratchDatabase> CreateDatabaseAsync(string prefix, CancellationToken ct) =>
        await ScratchDatabase.CreateAsync(await AdminConnectionStringAsync(ct).ConfigureAwait(false), prefix, ct)
            .ConfigureAwait(false);

    /// <summary>
    /// Removes directories of earlier test processes that have exited and whose server is stopped (a test host
    /// can be ended before its exit handler finishes deleting).
    /// </summary>
    private static void SweepLeftovers()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), "alliance-test-pg-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length < 5 || !int.TryParse(parts[3], System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var pid) || IsAlive(pid)
                || File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
            {
                continue;
            }
            TryDelete(dir);
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string root)
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // Files owned by the postgres user (when root) may resist; the temp directory is cleaned eventually.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
