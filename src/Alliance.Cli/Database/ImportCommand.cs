using System.CommandLine;
using Alliance.Data.Embedded;
using Alliance.Data.Import;

namespace Alliance.Cli.Database;

/// <summary>
/// <c>alliance import --study ID --instrument ID --input F.csv --layout long|wide</c>: responses collected elsewhere,
/// validated, all or nothing. Every bad row is reported with line, column and reason (exit 2, nothing written).
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var study = new Option<long>("--study") { Description = "Study id.", Required = true };
        var instrument = new Option<string>("--instrument") { Description = "Instrument id frozen in the study.", Required = true };
        var input = new Option<FileInfo>("--input") { Description = "CSV file (UTF-8).", Required = true };
        var layout = new Option<string>("--layout") { Description = "long (item,value rows) or wide (one column per item).", Required = true };
        layout.AcceptOnlyFromAmong("long", "wide");
        var command = new Command("import", "Import responses from CSV into a study (all or nothing).") { study, instrument, input, layout };
        command.SetAction(async (parse, ct) =>
        {
            var file = parse.GetValue(input)!;
            if (!file.Exists)
            {
                throw new InputException($"--input: {file.FullName} does not exist");
            }
            var connection = await AllianceConnection.ResolveAsync(ct);
            try
            {
                using var reader = new StreamReader(file.FullName, detectEncodingFromByteOrderMarks: true);
                var result = await ResponseImport.ImportAsync(connection, parse.GetValue(study), parse.GetValue(instrument)!, reader,
                    Enum.Parse<ImportLayout>(parse.GetValue(layout)!, ignoreCase: true), file.Name, $"cli:{Environment.UserName}", ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"imported {result.Responses} responses ({result.Answers} answers) of {result.InstrumentId} {result.InstrumentVersion}; " +
                    $"new dyads: {result.NewDyads}, new sessions: {result.NewSessions}");
                return CliHost.Success;
            }
            catch (ImportRejectedException ex)
            {
                throw new InputException(ex.Message, ex);
            }
        });
        return command;
    }
}
