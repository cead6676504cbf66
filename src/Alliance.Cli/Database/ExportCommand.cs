using System.CommandLine;
using System.Text;
using Alliance.Data.Embedded;
using Alliance.Data.Export;

namespace Alliance.Cli.Database;

/// <summary>
/// <c>alliance export --study ID --format long|wide|dyadic [--output F] [--bom] [--labels]</c>: CSV from the database.
/// With <c>--output</c>, a codebook (<c>.codebook.csv</c>, <c>.codebook.md</c>), an R script and SPSS syntax are
/// written beside the file.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var study = new Option<long>("--study") { Description = "Study id.", Required = true };
        var format = new Option<string>("--format") { Description = "long (one row per item answer), wide (per response) or dyadic (per dyad-session).", Required = true };
        format.AcceptOnlyFromAmong("long", "wide", "dyadic");
        var output = new Option<FileInfo?>("--output") { Description = "CSV file to write (default: standard output, no companions)." };
        var bom = new Option<bool>("--bom") { Description = "Start the file with a UTF-8 byte-order mark (for Excel)." };
        var labels = new Option<bool>("--labels") { Description = "long: add value_label; wide: write answer labels instead of codes." };
        var command = new Command("export", "Export a study's responses as CSV.") { study, format, output, bom, labels };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ExportOptions(Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true),
                $"cli:{Environment.UserName}", parse.GetValue(bom), parse.GetValue(labels));
            // Reads from ConnectionStrings__AllianceReadOnly when set; the audit entry goes to the primary.
            var database = await AllianceConnection.ResolveDatabaseAsync(ct);
            var file = parse.GetValue(output);
            var stdout = parse.InvocationConfiguration.Output;
            try
            {
                if (file is null)
                {
                    await StudyExport.WriteAsync(database, parse.GetValue(study), options, stdout, ct);
                    return CliHost.Success;
                }
                // Written beside the target and moved into place only when complete: a failed export
                // leaves no empty or truncated file that a script could mistake for data.
                ExportResult result;
                var partial = $"{file.FullName}.partial-{Environment.ProcessId}";
                try
                {
                    await using (var writer = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 16))
                    {
                        result = await StudyExport.WriteAsync(database, parse.GetValue(study), options, writer, ct);
                    }
                    File.Move(partial, file.FullName, overwrite: true);
                }
                finally
                {
                    File.Delete(partial);
                }
                var stem = await ExportCompanions.WriteAsync(file, result, ct);
                await stdout.WriteLineAsync($"wrote {result.Rows} rows to {file.FullName} (+ {stem}.codebook.csv/.md, .R, .sps)");
                return CliHost.Success;
            }
            catch (StudyExportException ex)
            {
                throw new InputException($"--study: {ex.Message}", ex);
            }
        });
        return command;
    }
}
