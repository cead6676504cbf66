using System.Globalization;
using Npgsql;

namespace Alliance.Data.Embedded;

/// <summary>
/// A hot-standby copy of an embedded cluster that streams the primary's WAL (<c>alliance db replica start|stop</c>):
/// made once with <c>pg_basebackup -R</c> through the replication slot <see cref="SlotName"/>, then run as a cluster of
/// its own (<see cref="Server"/>) on its own loopback port. Reads there may lag the primary by the replay delay.
/// </summary>
/// <remarks>
/// Layout under the replica's root (default <c>&lt;data dir&gt;/postgres-replica</c>): <c>data/</c> (its PGDATA,
/// or the root fallback under /var/lib/postgresql as for the primary), <c>password</c> (the primary's, copied: a
/// physical replica has the same roles), <c>pgpass</c> (for clients, named by <see cref="ReadOnlyConnectionString"/>),
/// <c>port</c> and <c>cluster.lock</c>. The slot keeps the primary's WAL until the replica has it, also while the
/// replica is stopped; <see cref="RemoveAsync"/> drops it.
/// </remarks>
public sealed class StreamingReplica
{
    /// <summary>The physical replication slot on the primary.</summary>
    public const string SlotName = "alliance_replica";

    /// <param name="primary">The cluster to copy (started when needed).</param>
    /// <param name="root">Directory the replica owns.</param>
    public StreamingReplica(PostgresCluster primary, string root)
    {
        ArgumentNullException.ThrowIfNull(primary);
        Primary = primary;
        Server = new PostgresCluster(root, primary.Binaries);
    }

    /// <summary>The cluster streamed from.</summary>
    public PostgresCluster Primary { get; }

    /// <summary>The replica as a cluster: its port, connection strings, start and stop.</summary>
    public PostgresCluster Server { get; }

    /// <summary>The replica of the data directory's embedded cluster (<c>&lt;data dir&gt;/postgres-replica</c>).</summary>
    public static StreamingReplica OfDataDirectory() =>
        new(AllianceDataDirectory.Cluster(), Path.Combine(AllianceDataDirectory.Resolve(), "postgres-replica"));

    /// <summary>
    /// A connection string for <c>ConnectionStrings__AllianceReadOnly</c> that names the password file instead of
    /// holding the password, so it can be printed and put into a unit file. Valid once started.
    /// </summary>
    public string ReadOnlyConnectionString(string database = AllianceConnection.EmbeddedDatabase) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = Server.Port ?? throw new InvalidOperationException("the replica has not been started"),
            Username = PostgresCluster.SuperUser,
            Database = database,
            Passfile = Path.Combine(Server.Root, "pgpass"),
        }.ConnectionString;

    /// <summary>Whether the replica has been made (its data directory exists).</summary>
    public async Task<bool> ExistsAsync(CancellationToken ct) =>
        // Where PGDATA lives is decided once the root exists (PostgresCluster's fallback for root); before, there is none.
        Directory.Exists(Server.Root)
        && File.Exists(Path.Combine(await Server.ResolveDataDirectoryAsync(ct).ConfigureAwait(false), "PG_VERSION"));

    /// <summary>Starts the primary if needed, makes the replica if there is none, and starts it; returns its port.</summary>
    public async Task<int> StartAsync(CancellationToken ct)
    {
        var primaryPort = await Primary.StartAsync(ct).ConfigureAwait(false);
        Directory.CreateDirectory(Server.Root);
        using (await ClusterLock.AcquireAsync(Path.Combine(Server.Root, "cluster.lock"), ct).ConfigureAwait(false))
        {
            var data = await Server.ResolveDataDirectoryAsync(ct).ConfigureAwait(false);
            if (!File.Exists(Path.Combine(data, "PG_VERSION")))
            {
                await CloneAsync(data, ct).ConfigureAwait(false);
            }
            if (!File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                await PointAtPrimaryAsync(data, primaryPort, ct).ConfigureAwait(false);
            }
        }
        return await Server.StartAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Stops the replica (fast shutdown); it resumes streaming where it stopped on the next start.</summary>
    public Task StopAsync(CancellationToken ct) => Server.StopAsync(ct);

    /// <summary>Stops the replica, drops its slot on the primary (which then frees its WAL) and deletes its files.</summary>
    public async Task RemoveAsync(CancellationToken ct)
    {
        await Server.StopAsync(ct).ConfigureAwait(false);
        await Primary.StartAsync(ct).ConfigureAwait(false);
        await DropSlotAsync(ct).ConfigureAwait(false);
        if (!Directory.Exists(Server.Root))
        {
            return;
        }
        var data = await Server.ResolveDataDirectoryAsync(ct).ConfigureAwait(false);
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);
        }
        if (Directory.Exists(Server.Root))
        {
            Directory.Delete(Server.Root, recursive: true);
        }
    }

    private async Task CloneAsync(string data, CancellationToken ct)
    {
        if (Directory.Exists(data))
        {
            Directory.Delete(data, recursive: true);    // the remains of an interrupted clone
        }
        Directory.CreateDirectory(data);
        if (!OperatingSystem.IsWindows())
        {
            // pg_basebackup keeps an existing directory's mode, and the server refuses a PGDATA others can read.
            File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        await ServerProcess.HandOverAsync(data, ct).ConfigureAwait(false);
        var password = (await File.ReadAllTextAsync(Primary.PasswordFile, ct).ConfigureAwait(false)).Trim();
        await WritePrivateAsync(Server.PasswordFile, password, ct).ConfigureAwait(false);
        await WritePrivateAsync(Path.Combine(Server.Root, "pgpass"), $"127.0.0.1:*:*:{PostgresCluster.SuperUser}:{password}", ct)
            .ConfigureAwait(false);
        await DropSlotAsync(ct).ConfigureAwait(false);

        using var client = await LibpqClient.CreateAsync(Primary.ConnectionString(), forServerUser: true, ct).ConfigureAwait(false);
        // -R writes standby.signal and the slot's name; -X stream copies the WAL written during the copy; -c fast
        // starts at once with a checkpoint instead of waiting for the next one.
        var result = await ServerProcess.RunAsServerUserAsync(Primary.Binaries.PgBaseBackup,
            ["-D", data, .. client.Arguments, "--no-password", "-R", "-X", "stream", "-C", "-S", SlotName, "-c", "fast"],
            client.Environment, null, ct).ConfigureAwait(false);
        result.ThrowIfFailed("pg_basebackup");
    }

    /// <summary>
    /// Writes the primary's current address into the replica's <c>postgresql.auto.conf</c>: the primary may have
    /// started on another port since the copy, and <c>-R</c> named a password file that lived only for the copy.
    /// </summary>
    private async Task PointAtPrimaryAsync(string data, int primaryPort, CancellationToken ct)
    {
        var password = (await File.ReadAllTextAsync(Server.PasswordFile, ct).ConfigureAwait(false)).Trim();
        var conninfo = string.Create(CultureInfo.InvariantCulture,
            $"host=127.0.0.1 port={primaryPort} user={PostgresCluster.SuperUser} password={Quote(password)} application_name={SlotName}");
        var file = Path.Combine(data, "postgresql.auto.conf");
        var lines = (await File.ReadAllLinesAsync(file, ct).ConfigureAwait(false))
            .Where(l => !l.TrimStart().StartsWith("primary_conninfo", StringComparison.Ordinal))
            .Append($"primary_conninfo = '{conninfo.Replace("'", "''", StringComparison.Ordinal)}'");
        await File.WriteAllLinesAsync(file, lines, ct).ConfigureAwait(false);
    }

    private async Task DropSlotAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(Primary.ConnectionString());
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var drop = new NpgsqlCommand(
            "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1 AND NOT active", connection);
        drop.Parameters.Add(new NpgsqlParameter { Value = SlotName });
        await drop.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>A libpq connection-string value in single quotes (backslash and quote escaped).</summary>
    private static string Quote(string value) =>
        "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";

    private static async Task WritePrivateAsync(string path, string content, CancellationToken ct)
    {
        await File.WriteAllTextAsync(path, "", ct).ConfigureAwait(false);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        await File.WriteAllTextAsync(path, content + "\n", ct).ConfigureAwait(false);
    }
}
