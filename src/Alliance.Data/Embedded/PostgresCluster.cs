using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Alliance.Data.Embedded;

/// <summary>
/// A private PostgreSQL cluster under a directory of its own: created with <c>initdb</c> on first use, started with
/// <c>pg_ctl</c> on a free loopback port, joined when another process (web or CLI) already started it, stopped cleanly.
/// </summary>
/// <remarks>
/// Layout under <see cref="Root"/>: <c>data/</c> (PGDATA), <c>password</c> (superuser <c>alliance</c>, mode 600),
/// <c>port</c> (last port used), <c>cluster.lock</c> (held while starting or stopping, so two processes never race).
/// The server listens on 127.0.0.1 only, with no Unix socket, and asks for the password (SCRAM).
/// When this process is root, the programs run as <c>postgres</c>; if that user cannot reach <see cref="Root"/>
/// (e.g. under <c>/root</c>), PGDATA moves to <c>/var/lib/postgresql/alliance/&lt;hash of Root&gt;</c>.
/// </remarks>
public sealed class PostgresCluster
{
    /// <summary>The superuser the cluster is created with.</summary>
    public const string SuperUser = "alliance";

    private readonly PostgresBinaries _binaries;
    private readonly bool _durable;
    private string? _dataDirectory;

    /// <param name="root">Directory owned by this cluster (created if missing).</param>
    /// <param name="binaries">Server programs; <see cref="PostgresBinaries.Locate()"/> when null.</param>
    /// <param name="durable">False turns fsync and synchronous commit off: for throwaway test clusters only.</param>
    public PostgresCluster(string root, PostgresBinaries? binaries = null, bool durable = true)
    {
        Root = Path.GetFullPath(root);
        _binaries = binaries ?? PostgresBinaries.Locate();
        _durable = durable;
    }

    /// <summary>The directory this cluster owns.</summary>
    public string Root { get; }

    /// <summary>Port the server listens on, once started or joined.</summary>
    public int? Port { get; private set; }

    /// <summary>PGDATA once resolved (under <see cref="Root"/>, or the root fallback under /var/lib/postgresql).</summary>
    public string? DataDirectory => _dataDirectory;

    /// <summary>The programs this cluster runs.</summary>
    public PostgresBinaries Binaries => _binaries;

    /// <summary>Connection string to <paramref name="database"/> as the superuser; valid once started.</summary>
    public string ConnectionString(string database = "postgres")
    {
        var port = Port ?? throw new InvalidOperationException("the cluster has not been started");
        return new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = SuperUser,
            Password = File.ReadAllText(PasswordFile).Trim(),
            Database = database,
        }.ConnectionString;
    }

    internal string PasswordFile => Path.Combine(Root, "password");

    private string PortFile => Path.Combine(Root, "port");

    /// <summary>Creates the cluster if needed and starts it unless it is already running; returns the port.</summary>
    public async Task<int> StartAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(Root);
        using var clusterLock = await ClusterLock.AcquireAsync(Path.Combine(Root, "cluster.lock"), ct).ConfigureAwait(false);
        var data = await ResolveDataDirectoryAsync(ct).ConfigureAwait(false);
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            await InitializeAsync(data, ct).ConfigureAwait(false);
        }

        var running = await RunningPortAsync(data, ct).ConfigureAwait(false);
        if (running is int joined)
        {
            Port = joined;
            return joined;
        }

        var port = ChoosePort();
        var result = await ServerProcess.RunAsServerUserAsync(_binaries.PgCtl,
            ["-D", data, "-l", Path.Combine(data, "server.log"), "-w", "-t", "60", "-o", $"-p {port}", "start"], ct)
            .ConfigureAwait(false);
        result.ThrowIfFailed($"pg_ctl start (log: {Path.Combine(data, "server.log")})");
        await File.WriteAllTextAsync(PortFile, port.ToString(CultureInfo.InvariantCulture), ct).ConfigureAwait(false);
        Port = port;
        return port;
    }

    /// <summary>Whether a server is running on this cluster's data directory (started by any process).</summary>
    public async Task<bool> IsRunningAsync(CancellationToken ct)
    {
        var data = await ResolveDataDirectoryAsync(ct).ConfigureAwait(false);
        return await RunningPortAsync(data, ct).ConfigureAwait(false) is not null;
    }

    /// <summary>Stops the server (fast shutdown: open transactions roll back, data is flushed). No-op when stopped.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        if (!Directory.Exists(Root))
        {
            return;
        }
        using var clusterLock = await ClusterLock.AcquireAsync(Path.Combine(Root, "cluster.lock"), ct).ConfigureAwait(false);
        var data = await ResolveDataDirectoryAsync(ct).ConfigureAwait(false);
        if (await RunningPortAsync(data, ct).ConfigureAwait(false) is null)
        {
            return;
        }
        var result = await ServerProcess.RunAsServerUserAsync(_binaries.PgCtl, ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"], ct)
            .ConfigureAwait(false);
        result.ThrowIfFailed("pg_ctl stop");
        Port = null;
    }

    private async Task<int?> RunningPortAsync(string data, CancellationToken ct)
    {
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
        {
            return null;
        }
        var status = await ServerProcess.RunAsServerUserAsync(_binaries.PgCtl, ["-D", data, "status"], ct).ConfigureAwait(false);
        if (status.ExitCode != 0)
        {
            return null;
        }
        // postmaster.pid: line 4 is the port (PostgreSQL's documented lock-file layout).
        var lines = await File.ReadAllLinesAsync(Path.Combine(data, "postmaster.pid"), ct).ConfigureAwait(false);
        return lines.Length > 3 && int.TryParse(lines[3].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port)
            ? port : throw new PostgresClusterException($"cannot read the port from {Path.Combine(data, "postmaster.pid")}");
    }

    internal async Task<string> ResolveDataDirectoryAsync(CancellationToken ct)
    {
        if (_dataDirectory is not null)
        {
            return _dataDirectory;
        }
        var local = Path.Combine(Root, "data");
        if (!ServerProcess.IsRoot || await ServerProcess.ServerUserCanEnterAsync(Root, ct).ConfigureAwait(false))
        {
            return _dataDirectory = local;
        }
        if (File.Exists(Path.Combine(local, "PG_VERSION")))
        {
            return _dataDirectory = local;
        }
        // root's home is closed to other users: keep PGDATA where the postgres user can reach it.
        var key = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Root)))[..16];
        return _dataDirectory = Path.Combine("/var/lib/postgresql/alliance", key);
    }

    private async Task InitializeAsync(string data, CancellationToken ct)
    {
        Directory.CreateDirectory(data);
        await ServerProcess.HandOverAsync(data, ct).ConfigureAwait(false);
        if (!File.Exists(PasswordFile))
        {
            await File.WriteAllTextAsync(PasswordFile, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)), ct)
                .ConfigureAwait(false);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(PasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        // initdb reads the password from a file the server user can read; it lives only for the call.
        var password = await File.ReadAllTextAsync(PasswordFile, ct).ConfigureAwait(false);
        var scratch = Path.Combine(Path.GetTempPath(), $"alliance-initdb-{Guid.NewGuid():N}");
        Directory.CreateDirectory(scratch);
        try
        {
            var pwfile = Path.Combine(scratch, "pw");
            await File.WriteAllTextAsync(pwfile, password.Trim() + "\n", ct).ConfigureAwait(false);
            await ServerProcess.HandOverAsync(scratch, ct).ConfigureAwait(false);
            var result = await ServerProcess.RunAsServerUserAsync(_binaries.InitDb,
                ["-D", data, "-U", SuperUser, $"--pwfile={pwfile}", "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"], ct)
                .ConfigureAwait(false);
            result.ThrowIfFailed("initdb");
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }

        var settings = "\n# Alliance embedded cluster: loopback TCP only, no Unix socket.\n" +
            "listen_addresses = '127.0.0.1'\nunix_socket_directories = ''\nmax_connections = 200\n" +
            (_durable ? "" : "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n");
        await File.AppendAllTextAsync(Path.Combine(data, "postgresql.conf"), settings, ct).ConfigureAwait(false);
    }

    private int ChoosePort()
    {
        if (File.Exists(PortFile)
            && int.TryParse(File.ReadAllText(PortFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var previous)
            && IsFree(previous))
        {
            return previous;
        }
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
