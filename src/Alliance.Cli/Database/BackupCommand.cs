using System.CommandLine;
using Alliance.Data.Backup;
using Alliance.Data.Embedded;

namespace Alliance.Cli.Database;

/// <summary>
/// <c>alliance db backup --output DIR</c> and <c>alliance db restore DIR [--force]</c>: <c>pg_dump -Fd</c> and
/// <c>pg_restore</c> of the configured database (ConnectionStrings__Alliance, else the embedded cluster), with a
/// manifest of row counts and digests checked after the restore. Progress on standard error; refusals exit 2.
/// </summary>
internal static class BackupCommand
{
    public static Command CreateBackup()
    {
        var output = new Option<string>("--output") { Description = "New or empty directory to write the backup into.", Required = true };
        var command = new Command("backup", "Back up the configured database with pg_dump (directory format) and a manifest.") { output };
        command.SetAction(async (parse, ct) =>
        {
            var connection = await AllianceConnection.ResolveAsync(ct);
            var manifest = await Refusals(() =>
                DatabaseBackup.BackupAsync(connection, parse.GetValue(output)!, parse.InvocationConfiguration.Error, ct));
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"{Path.GetFullPath(parse.GetValue(output)!)}: {manifest.Tables.Count} tables, migration {manifest.MigrationHead ?? "none"}");
            return CliHost.Success;
        });
        return command;
    }

    public static Command CreateRestore()
    {
        var directory = new Argument<string>("DIR") { Description = "A directory written by 'alliance db backup'." };
        var force = new Option<bool>("--force") { Description = "Drop and recreate the target database when it is not empty (ends its connections)." };
        var command = new Command("restore", "Restore a backup into the configured database (which must be empty unless --force) and verify it.")
        {
            directory, force,
        };
        command.SetAction(async (parse, ct) =>
        {
            var connection = await AllianceConnection.ResolveAsync(ct);
            var manifest = await Refusals(() => DatabaseRestore.RestoreAsync(connection, parse.GetValue(directory)!, parse.GetValue(force),
                parse.InvocationConfiguration.Error, ct));
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"restored {manifest.Tables.Count} tables from {manifest.CreatedAt:yyyy-MM-ddTHH:mm:ssZ}; run 'alliance db migrate' if this version is newer than the backup's");
            return CliHost.Success;
        });
        return command;
    }

    /// <summary>A refused backup or restore is bad input (exit 2); a failing tool stays a failure (exit 1).</summary>
    private static async Task<BackupManifest> Refusals(Func<Task<BackupManifest>> run)
    {
        try
        {
            return await run();
        }
        catch (BackupRefusedException ex)
        {
            throw new InputException(ex.Message, ex);
        }
    }
}
