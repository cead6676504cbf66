using System.CommandLine;
using Alliance.Data;
using Alliance.Data.Embedded;

namespace Alliance.Cli.Database;

/// <summary><c>alliance db migrate|stop|backup|restore|replica</c>: schema migrations, backups and the embedded cluster.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Manage the database (ConnectionStrings__Alliance, else the embedded cluster under ALLIANCE_DATA_DIR).");

        var migrate = new Command("migrate", "Apply migrations to the configured database (starting the embedded cluster if needed).");
        migrate.SetAction(async (parse, ct) =>
        {
            var connection = await AllianceConnection.ResolveAsync(ct);
            var applied = await AllianceDbContext.MigrateAsync(connection, ct);
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync(applied.Count == 0
                ? "database is up to date"
                : $"applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return CliHost.Success;
        });
        db.Subcommands.Add(migrate);

        var stop = new Command("stop", "Stop the embedded PostgreSQL cluster (web servers using it lose their connection).");
        stop.SetAction(async (parse, ct) =>
        {
            var cluster = AllianceDataDirectory.Cluster();
            var running = await cluster.IsRunningAsync(ct);
            await cluster.StopAsync(ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(running ? $"stopped the cluster in {cluster.Root}" : "the cluster was not running");
            return CliHost.Success;
        });
        db.Subcommands.Add(stop);
        db.Subcommands.Add(BackupCommand.CreateBackup());
        db.Subcommands.Add(BackupCommand.CreateRestore());
        db.Subcommands.Add(ReplicaCommand.Create());
        return db;
    }
}
