using System.CommandLine;
using Alliance.Data.Embedded;

namespace Alliance.Cli.Database;

/// <summary>
/// <c>alliance db replica start|stop [--remove]</c>: a streaming replica of the embedded cluster under
/// <c>ALLIANCE_DATA_DIR/postgres-replica</c> (<see cref="StreamingReplica"/>). <c>start</c> prints the
/// <c>ConnectionStrings__AllianceReadOnly</c> that sends exports, reports and analyses to it (with a password file,
/// never the password).
/// </summary>
internal static class ReplicaCommand
{
    public static Command Create()
    {
        var replica = new Command("replica", "A streaming read replica of the embedded cluster (for exports, reports and analyses).");

        var start = new Command("start", "Make the replica if there is none (pg_basebackup -R) and start it on its own port.");
        start.SetAction(async (parse, ct) =>
        {
            RefuseConfiguredServer();
            var standby = StreamingReplica.OfDataDirectory();
            var made = !await standby.ExistsAsync(ct);
            if (made)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync("copying the primary with pg_basebackup…");
            }
            var port = await standby.StartAsync(ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"replica {(made ? "made and " : "")}running on 127.0.0.1:{port} (in {standby.Server.Root})");
            await output.WriteLineAsync("send heavy reads to it with:");
            await output.WriteLineAsync($"  export {AllianceConnection.ReadOnlyVariable}='{standby.ReadOnlyConnectionString()}'");
            return CliHost.Success;
        });
        replica.Subcommands.Add(start);

        var remove = new Option<bool>("--remove") { Description = "Also delete the replica and drop its replication slot on the primary." };
        var stop = new Command("stop", "Stop the replica (it keeps its slot, so the primary keeps WAL for it until it is started again or removed).")
        {
            remove,
        };
        stop.SetAction(async (parse, ct) =>
        {
            RefuseConfiguredServer();
            var standby = StreamingReplica.OfDataDirectory();
            var output = parse.InvocationConfiguration.Output;
            if (!await standby.ExistsAsync(ct))
            {
                await output.WriteLineAsync("there is no replica");
                return CliHost.Success;
            }
            if (parse.GetValue(remove))
            {
                await standby.RemoveAsync(ct);
                await output.WriteLineAsync($"removed the replica in {standby.Server.Root} and its slot {StreamingReplica.SlotName}");
                return CliHost.Success;
            }
            var running = await standby.Server.IsRunningAsync(ct);
            await standby.StopAsync(ct);
            await output.WriteLineAsync(running ? $"stopped the replica in {standby.Server.Root}" : "the replica was not running");
            return CliHost.Success;
        });
        replica.Subcommands.Add(stop);
        return replica;
    }

    private static void RefuseConfiguredServer()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(AllianceConnection.Variable)))
        {
            throw new InputException(
                $"db replica manages the embedded cluster's replica; with {AllianceConnection.Variable} set, make the replica " +
                $"on that server and point {AllianceConnection.ReadOnlyVariable} at it (docs/operations.md, \"Read replica\")");
        }
    }
}
