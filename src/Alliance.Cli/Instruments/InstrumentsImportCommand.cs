using System.CommandLine;
using System.Text;
using Alliance.Data;
using Alliance.Data.Audit;
using Alliance.Data.Embedded;
using Alliance.Data.Instruments;
using Alliance.Instruments.Loading;
using Alliance.Interchange;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Instruments;

/// <summary>
/// <c>alliance instruments import --from redcap|fhir FILE [--output DEF.json | --study ID] [--id ID] [--form NAME] [--language L]</c>:
/// a REDCap data dictionary or FHIR R4 Questionnaire as an instrument definition that <c>instruments validate</c>
/// accepts (it has passed the same loader). Every problem is printed with its row/column or FHIR path, and then nothing
/// is written (exit 2); what was left out (calculated fields, branching, display items) is printed as notes. With
/// <c>--study</c> the definition is stored as a draft of that study's own instruments, checked and audited as the
/// instruments page's upload is (<see cref="StudyInstrumentStore"/>).
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
        var study = new Option<long?>("--study") { Description = "Store the definition as a draft instrument of this study (instead of writing it)." };
        var command = new Command("import", "Import a REDCap data dictionary or FHIR Questionnaire as an instrument definition") { from, file, output, study, id, form, language };
        command.Validators.Add(r =>
        {
            if (r.GetValue(output) is not null && r.GetValue(study) is not null)
            {
                r.AddError("--output and --study exclude each other: write a file or store in a study.");
            }
        });
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
            if (parse.GetValue(study) is { } studyId)
            {
                await StoreAsync(studyId, result.Definition!, input.Name, format, parse.InvocationConfiguration.Output, ct);
            }
            else if (parse.GetValue(output) is { } target)
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

    private static async Task StoreAsync(long studyId, string definition, string file, ImportFormat format, TextWriter output, CancellationToken ct)
    {
        var connection = await AllianceConnection.ResolveAsync(ct);
        await using var db = AllianceDbContext.Open(connection);
        if (!await db.Studies.AnyAsync(s => s.StudyId == studyId, ct))
        {
            throw new InputException($"--study: no study {studyId}");
        }
        var problems = await StudyInstrumentStore.SaveAsync(db, studyId, definition, null, null, ct);
        if (problems.Count > 0)
        {
            throw new InputException($"{file}: not stored in study {studyId}: " + string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}")));
        }
        var instrument = InstrumentLoader.Load(definition, file).GetOrThrow();
        AuditTrail.Add(db, studyId, $"cli:{Environment.UserName}", "instrument.upload", new
        {
            instrument = instrument.Id, version = instrument.Version, contentHash = instrument.ContentHash,
            format = format == ImportFormat.Redcap ? "redcap" : "fhir", file,
        });
        await db.SaveChangesAsync(ct);
        await output.WriteLineAsync($"stored {instrument.Id} {instrument.Version} as a draft of study {studyId}".AsMemory(), ct);
    }
}
