using System.CommandLine;
using System.Text;
using Alliance.Interchange;

namespace Alliance.Cli.Instruments;

/// <summary>
/// <c>alliance instruments import --from redcap|fhir FILE [--output DEF.json] [--id ID] [--form NAME] [--language L]</c>:
/// a REDCap data dictionary or FHIR R4 Questionnaire as an instrument definition that <c>instruments validate</c>
/// accepts (it has passed the same loader). Every problem is printed with its row/column or FHIR path, and then nothing
/// is written (exit 2); what was left out (calculated fields, branching, display items) is printed as notes.
/// </summary>
internal static class InstrumentsImportCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "redcap (data dictionary CSV) or fhir (R4 Questionnaire JSON).", Required = true };
        from.AcceptOnlyFromAmong("redcap", "fhir");
        var file = new Argument<FileInfo>("FILE") { Description = "The file to import." };
        var output = new Option<FileInfo?>("--output") { Description = "Definition file to write (default: standard output)." };
        var id = new Option<string?>("--id") { Description = "Id of the new instrument (default: the REDCap form name, or the Questionnaire's identifier, id or name)." };
        var form = new Option<string?>("--form") { Description = "redcap: the form to import when the dictionary holds several." };
        var language = new Option<string>("--language") { Description = "Language of texts that name none (default en).", DefaultValueFactory = _ => "en" };
        var command = new Command("import", "Import a REDCap data dictionary or FHIR Questionnaire as an instrument definition") { from, file, output, id, form, language };
        command.SetAction(async (parse, ct) =>
        {
            var input = parse.GetValue(file)!;
            if (!input.Exists)
            {
                throw new InputException($"{input.Name}: file not found");
            }
            var format = parse.GetValue(from) == "redcap" ? ImportFormat.Redcap : ImportFormat.Fhir;
            var options = new ImportOptions { Id = parse.GetValue(id), Form = parse.GetValue(form), Language = parse.GetValue(language)! };
            DefinitionImportResult result;
            await using (var stream = input.OpenRead())
            {
                result = DefinitionImport.Read(format, stream, options);
            }
            var error = parse.InvocationConfiguration.Error;
            foreach (var note in result.Notes)
            {
                await error.WriteLineAsync($"note: {input.Name}: {note}".AsMemory(), ct);
            }
            foreach (var problem in result.Problems)
            {
                await error.WriteLineAsync($"{input.Name}: {problem}".AsMemory(), ct);
            }
            if (!result.Succeeded)
            {
                throw new InputException($"{input.Name}: {result.Problems.Count} problem(s); nothing written");
            }
            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, result.Definition, new UTF8Encoding(false), ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"wrote {target.FullName}".AsMemory(), ct);
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteAsync(result.Definition.AsMemory(), ct);
            }
            return CliHost.Success;
        });
        return command;
    }
}
