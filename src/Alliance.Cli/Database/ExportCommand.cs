using System.CommandLine;
using System.Text;
using Alliance.Data.Embedded;
using Alliance.Data.Export;

namespace Alliance.Cli.Database;

/// <summary>
/// <c>alliance export --study ID --format long|wide|dyadic [--output F | --bundle F.zip] [--bom] [--labels]</c>: CSV
/// from the database. With <c>--output</c>, a codebook (<c>.codebook.csv</c>, <c>.codebook.md</c>), an R script, SPSS
/// syntax and a Stata do-file are written beside the file; with <c>--bundle</c>, all of them and a README go into one
/// zip, built by <see cref="ExportBundle"/> as the workspace and the API build it. <c>--format fhir</c> writes a FHIR R4
/// Bundle of QuestionnaireResponse resources instead (<see cref="FhirExport"/>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var study = new Option<long>("--study") { Description = "Study id.", Required = true };
        var format = new Option<string>("--format") { Description = "long (one row per item answer), wide (per response), dyadic (per dyad-session) or fhir (a FHIR R4 Bundle of QuestionnaireResponse).", Required = true };
        format.AcceptOnlyFromAmong("long", "wide", "dyadic", "fhir");
        var output = new Option<FileInfo?>("--output") { Description = "CSV file to write (default: standard output, no companions)." };
        var bundle = new Option<FileInfo?>("--bundle") { Description = "Zip file to write instead: the CSV, its codebook, R, SPSS and Stata syntax and a README." };
        var bom = new Option<bool>("--bom") { Description = "Start the file with a UTF-8 byte-order mark (for Excel)." };
        var labels = new Option<bool>("--labels") { Description = "long: add value_label; wide: write answer labels instead of codes." };
        var command = new Command("export", "Export a study's responses as CSV.") { study, format, output, bundle, bom, labels };
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is not null && result.GetValue(bundle) is not null)
            {
                result.AddError("--output and --bundle: give one of them.");
            }
            // The raw token: GetValue throws while --format holds a value AcceptOnlyFromAmong refuses.
            if (result.GetResult(format)?.Tokens is [{ Value: "fhir" }]
                && (result.GetValue(bundle) is not null || result.GetValue(bom) || result.GetValue(labels)))
            {
                result.AddError("--format fhir: --bundle, --bom and --labels are for the CSV formats.");
            }
        });
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(format) == "fhir")
            {
                return await FhirExport.RunAsync(parse.GetValue(study), parse.GetValue(output), parse.InvocationConfiguration.Output, ct);
            }
            var options = new ExportOptions(Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true),
                $"cli:{Environment.UserName}", parse.GetValue(bom), parse.GetValue(labels));
            // Reads from ConnectionStrings__AllianceReadOnly when set; the audit entry goes to the primary.
            var database = await AllianceConnection.ResolveDatabaseAsync(ct);
            var id = parse.GetValue(study);
            var stdout = parse.InvocationConfiguration.Output;
            try
            {
                if (parse.GetValue(bundle) is { } zip)
                {
                    var written = await WriteCompleteAsync(zip, async partial =>
                    {
                        await using var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
                        return await ExportBundle.WriteAsync(database, id, options, stream, ct);
                    });
                    await stdout.WriteLineAsync($"wrote {written.Rows} rows with codebook, R, SPSS and Stata syntax to {zip.FullName}");
                    return CliHost.Success;
                }
                if (parse.GetValue(output) is not { } file)
                {
                    await StudyExport.WriteAsync(database, id, options, stdout, ct);
                    return CliHost.Success;
                }
                var result = await WriteCompleteAsync(file, async partial =>
                {
                    await using var writer = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 16);
                    return await StudyExport.WriteAsync(database, id, options, writer, ct);
                });
                var stem = await ExportCompanions.WriteAsync(file, result, ct);
                await stdout.WriteLineAsync($"wrote {result.Rows} rows to {file.FullName} (+ {stem}.codebook.csv/.md, .R, .sps, .do)");
                return CliHost.Success;
            }
            catch (StudyExportException ex)
            {
                throw new InputException($"--study: {ex.Message}", ex);
            }
        });
        return command;
    }

    /// <summary>
    /// Writes beside the target and moves the file into place only when complete: a failed export leaves no empty or
    /// truncated file that a script could mistake for data.
    /// </summary>
    private static async Task<ExportResult> WriteCompleteAsync(FileInfo target, Func<string, Task<ExportResult>> write)
    {
        var partial = $"{target.FullName}.partial-{Environment.ProcessId}";
        try
        {
            var result = await write(partial);
            File.Move(partial, target.FullName, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
