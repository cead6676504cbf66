using System.Text.Json;
using Alliance.Instruments;

namespace Alliance.Cli.Tests.Instruments;

public sealed class InstrumentsInterchangeCommandTests : IDisposable
{
    internal const string Dictionary = """
        "Variable / Field Name","Form Name","Section Header","Field Type","Field Label","Choices, Calculations, OR Slider Labels","Field Note","Text Validation Type OR Show Slider Number","Text Validation Min","Text Validation Max","Identifier?","Branching Logic (Show field only if...)","Required Field?","Custom Alignment","Question Number (surveys only)","Matrix Group Name","Matrix Ranking?","Field Annotation"
        record_id,alliance_check,,text,"Record ID",,,,,,,,,,,,,
        ac_bond,alliance_check,,radio,"I felt understood.","1, Never | 2, Sometimes | 3, Always",,,,,,,y,,,,,
        ac_total,alliance_check,,calc,"Total","[ac_bond]",,,,,,,,,,,,
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-cli-interchange-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task ImportFromRedcapWritesADefinitionThatValidateAccepts()
    {
        var csv = Path.Combine(_dir, "dictionary.csv");
        var definition = Path.Combine(_dir, "alliance_check.json");
        await File.WriteAllTextAsync(csv, Dictionary);

        var import = await CliRun.RunAsync("instruments", "import", "--from", "redcap", csv, "--output", definition);
        var validate = await CliRun.RunAsync("instruments", "validate", definition);

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("note: dictionary.csv: row 4, column 'Field Type' (field 'ac_total')", import.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, validate.ExitCode);
        Assert.StartsWith("OK alliance_check.json: alliance_check 1.0.0, 1 items", validate.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadDictionaryExitsWithTwoNamesTheRowAndWritesNothing()
    {
        var csv = Path.Combine(_dir, "bad.csv");
        var definition = Path.Combine(_dir, "bad.json");
        await File.WriteAllTextAsync(csv, Dictionary.Replace("\"1, Never | 2, Sometimes | 3, Always\"", "", StringComparison.Ordinal));

        var run = await CliRun.RunAsync("instruments", "import", "--from", "redcap", csv, "--output", definition);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bad.csv: row 3, column 'Choices, Calculations, OR Slider Labels' (field 'ac_bond')", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(definition));
    }

    [Fact]
    public async Task ExportToFhirAndImportBackKeepsTheContentHash()
    {
        var questionnaire = Path.Combine(_dir, "rr-client.fhir.json");
        var definition = Path.Combine(_dir, "rr-client.json");

        var export = await CliRun.RunAsync("instruments", "export", "--to", "fhir", "rr-client", "--output", questionnaire);
        var import = await CliRun.RunAsync("instruments", "import", "--from", "fhir", questionnaire, "--output", definition);
        var validate = await CliRun.RunAsync("instruments", "validate", "--json", definition);

        Assert.Equal((0, 0, 0), (export.ExitCode, import.ExitCode, validate.ExitCode));
        using var document = JsonDocument.Parse(validate.Stdout);
        var hash = document.RootElement.GetProperty("files")[0].GetProperty("content_hash").GetString();
        Assert.Equal(InstrumentCatalog.Shipped.Get("rr-client").ContentHash, hash);
    }

    [Fact]
    public async Task ExportOfAnUnknownInstrumentIsBadInput()
    {
        var run = await CliRun.RunAsync("instruments", "export", "--to", "fhir", "no-such-form");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-form: neither a definition file nor a shipped instrument", run.Stderr, StringComparison.Ordinal);
    }
}
