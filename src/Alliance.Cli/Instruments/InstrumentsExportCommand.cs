using System.CommandLine;
using System.Text;
using Alliance.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Interchange;

namespace Alliance.Cli.Instruments;

/// <summary>
/// <c>alliance instruments export --to fhir ID|FILE [--output Q.json]</c>: a shipped instrument (by id) or a definition
/// file as an HL7 FHIR R4 Questionnaire; <c>instruments import --from fhir</c> reads it back with the same content hash.
/// </summary>
internal static class InstrumentsExportCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "fhir (R4 Questionnaire JSON).", Required = true };
        to.AcceptOnlyFromAmong("fhir");
        var instrument = new Argument<string>("ID|FILE") { Description = "A shipped instrument's id (see 'instruments list') or a definition file." };
        var output = new Option<FileInfo?>("--output") { Description = "Questionnaire file to write (default: standard output)." };
        var command = new Command("export", "Export an instrument definition as a FHIR R4 Questionnaire") { to, instrument, output };
        command.SetAction(async (parse, ct) =>
        {
            var (definition, source) = Definition(parse.GetValue(instrument)!);
            string questionnaire;
            try
            {
                questionnaire = DefinitionExport.ToFhir(definition, source);
            }
            catch (InstrumentDefinitionException ex)
            {
                throw new InputException(string.Join(Environment.NewLine, ex.Problems), ex);
            }
            if (parse.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, questionnaire, new UTF8Encoding(false), ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync($"wrote {target.FullName}".AsMemory(), ct);
            }
            else
            {
                await parse.InvocationConfiguration.Output.WriteAsync(questionnaire.AsMemory(), ct);
            }
            return CliHost.Success;
        });
        return command;
    }

    private static (string Definition, string Source) Definition(string idOrFile)
    {
        if (File.Exists(idOrFile))
        {
            return (File.ReadAllText(idOrFile), Path.GetFileName(idOrFile));
        }
        if (InstrumentCatalog.ShippedDefinition(idOrFile + ".json") is { } shipped)
        {
            return (shipped, idOrFile + ".json");
        }
        var known = string.Join(", ", InstrumentCatalog.Shipped.Instruments.Select(i => i.Id));
        throw new InputException($"{idOrFile}: neither a definition file nor a shipped instrument (known: {known})");
    }
}
