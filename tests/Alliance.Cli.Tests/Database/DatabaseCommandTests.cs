using System.Globalization;
using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Testing.Databases;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Tests.Database;

/// <summary>
/// The database commands in-process against a scratch database. The commands read ConnectionStrings__Alliance,
/// a process-wide variable, so these tests run serially with every other class that sets it (one collection).
/// </summary>
[Collection(SharedConnectionVariable.Name)]
public sealed class DatabaseCommandTests : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private string? _previous;
    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-cli-db").FullName;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("cli_tests", CancellationToken.None);
        _previous = Environment.GetEnvironmentVariable(AllianceConnection.Variable);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _previous);
        Directory.Delete(_dir, recursive: true);
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task ExportFromAnUnmigratedDatabaseNamesTheFixAndLeavesNoFile()
    {
        await using var empty = await TestServer.CreateDatabaseAsync("cli_unmigrated", CancellationToken.None);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, empty.ConnectionString);
        try
        {
            var file = Path.Combine(_dir, "never.csv");
            var (code, _, error) = await RunAsync("export", "--study", "1", "--format", "long", "--output", file);
            Assert.Equal(1, code);
            Assert.Contains("run 'alliance db migrate' first", error, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFiles(_dir, "never.csv*"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(AllianceConnection.Variable, _database!.ConnectionString);
        }
    }

    [Fact]
    public async Task MigrateThenDemoJsonThenExportAndImport()
    {
        var (code, output, _) = await RunAsync("db", "migrate");
        Assert.Equal(0, code);
        int migrations;
        await using (var context = AllianceDbContext.Open(_database!.ConnectionString))
        {
            migrations = context.Database.GetMigrations().Count();
        }
        Assert.StartsWith($"applied {migrations} migration", output, StringComparison.Ordinal);
        Assert.Equal("database is up to date", (await RunAsync("db", "migrate")).Output.Trim());

        (code, output, _) = await RunAsync("demo", "--json", "--seed", "5");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var study = root.GetProperty("study_id").GetInt64();
        Assert.EndsWith("@example.org", root.GetProperty("researcher").GetProperty("email").GetString(), StringComparison.Ordinal);
        Assert.True(root.GetProperty("researcher").GetProperty("password").GetString()!.Length >= 16);
        Assert.True(root.GetProperty("api_token").GetString()!.Length >= 43);
        var links = root.GetProperty("links").EnumerateArray().ToList();
        Assert.Equal(24, links.Count);   // session 11: only the clients' session form is due
        var first = links[0];
        Assert.Equal("client", first.GetProperty("role").GetString());
        Assert.Equal("T01-C01", first.GetProperty("dyad").GetString());
        Assert.Equal(11, first.GetProperty("session").GetInt32());
        Assert.Equal($"http://127.0.0.1:5000/s/{first.GetProperty("token").GetString()}", first.GetProperty("url").GetString());

        var file = Path.Combine(_dir, "dyadic.csv");
        (code, _, _) = await RunAsync("export", "--study", study.ToString(CultureInfo.InvariantCulture), "--format", "dyadic", "--output", file, "--bom");
        Assert.Equal(0, code);
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith("study_id,dyad,", text, StringComparison.Ordinal);
        // One row per dyad, session and construct: the session form at sessions 1–10, the alliance pair at 3, 6, 10.
        Assert.Equal(1 + 24 * (10 + 3), text.TrimEnd('\n').Split('\n').Length);
        foreach (var companion in new[] { "dyadic.codebook.csv", "dyadic.codebook.md", "dyadic.R", "dyadic.sps", "dyadic.do" })
        {
            Assert.True(File.Exists(Path.Combine(_dir, companion)), companion);
        }
        var zip = Path.Combine(_dir, "dyadic.zip");
        (code, _, _) = await RunAsync("export", "--study", study.ToString(CultureInfo.InvariantCulture), "--format", "dyadic", "--bundle", zip, "--bom");
        Assert.Equal(0, code);
        using (var bundle = System.IO.Compression.ZipFile.OpenRead(zip))
        {
            Assert.Equal(["dyadic.csv", "dyadic.codebook.csv", "dyadic.codebook.md", "dyadic.R", "dyadic.sps", "dyadic.do", "README.md"],
                bundle.Entries.Select(e => e.FullName));
            using var csv = new MemoryStream();
            using (var entry = bundle.GetEntry("dyadic.csv")!.Open())
            {
                entry.CopyTo(csv);
            }
            Assert.Equal(bytes, csv.ToArray());
        }

        var bad = Path.Combine(_dir, "bad.csv");
        await File.WriteAllTextAsync(bad, "therapist,client,session,role,item,value\nT01,C01,12,client,a1,6\n");
        string error;
        (code, _, error) = await RunAsync("import", "--study", study.ToString(CultureInfo.InvariantCulture), "--instrument", "demo-alliance-client",
            "--input", bad, "--layout", "long");
        Assert.Equal(2, code);
        Assert.Contains("bad.csv: line 2, column 6 (value): 6 is outside the scale 1–5", error, StringComparison.Ordinal);
        await using var db = AllianceDbContext.Open(_database!.ConnectionString);
        Assert.Equal(24 * 16, db.Responses.Count(r => r.StudyId == study));
    }

    [Fact]
    public async Task ExportOfAnUnknownStudyExitsTwoNamingTheFlag()
    {
        await AllianceDbContext.MigrateAsync(_database!.ConnectionString, CancellationToken.None);
        var (code, _, error) = await RunAsync("export", "--study", "424242", "--format", "long");
        Assert.Equal(2, code);
        Assert.Contains("--study: study 424242 does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportOfTheDemoStudyUsesItsFrozenDefinitionsAndAnUnknownStudyExitsTwo()
    {
        await AllianceDbContext.MigrateAsync(_database!.ConnectionString, CancellationToken.None);
        var (code, output, _) = await RunAsync("demo", "--json", "--seed", "7");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var study = json.RootElement.GetProperty("study_id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var dir = Path.Combine(_dir, "report");

        var (reportCode, _, progress) = await RunAsync("report", "--study", study, "--output", dir);
        var (unknownCode, _, unknownError) = await RunAsync("report", "--study", "424242", "--output", Path.Combine(_dir, "none"));

        Assert.True(reportCode == 0, progress);
        var html = await File.ReadAllTextAsync(Path.Combine(dir, "report.html"));
        Assert.Contains("384 forms from 24 dyads", html, StringComparison.Ordinal);   // 24 × (10 session forms + 2 × 3 alliance forms)
        foreach (var subscale in new[] { "goal", "task", "bond" })
        {
            Assert.Contains($"<td class=\"text\">demo-alliance-client</td><td class=\"text\">{subscale}</td><td>72</td><td>3</td>", html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("has no instrument definition", html, StringComparison.Ordinal);
        Assert.Equal(2, unknownCode);
        Assert.Contains("--study: study 424242 does not exist", unknownError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownFormatIsAUsageError()
    {
        var (code, _, error) = await RunAsync("export", "--study", "1", "--format", "sideways");
        Assert.Equal(2, code);
        Assert.Contains("sideways", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutputAndBundleTogetherAreAUsageErrorAndWriteNothing()
    {
        var (code, _, error) = await RunAsync("export", "--study", "1", "--format", "long",
            "--output", Path.Combine(_dir, "long.csv"), "--bundle", Path.Combine(_dir, "long.zip"));
        Assert.Equal(2, code);
        Assert.Contains("--output and --bundle", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public async Task ExportFormatFhirWritesABundleWithOneQuestionnaireResponsePerWideRow()
    {
        await AllianceDbContext.MigrateAsync(_database!.ConnectionString, CancellationToken.None);
        var (code, output, _) = await RunAsync("demo", "--json", "--seed", "9");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var study = json.RootElement.GetProperty("study_id").GetInt64().ToString(CultureInfo.InvariantCulture);
        var file = Path.Combine(_dir, "responses.fhir.json");

        var (fileCode, written, _) = await RunAsync("export", "--study", study, "--format", "fhir", "--output", file);
        var (stdoutCode, printed, _) = await RunAsync("export", "--study", study, "--format", "fhir");
        var (_, wide, _) = await RunAsync("export", "--study", study, "--format", "wide");
        var (zipCode, _, zipError) = await RunAsync("export", "--study", study, "--format", "fhir", "--bundle", Path.Combine(_dir, "x.zip"));

        Assert.Equal((0, 0), (fileCode, stdoutCode));
        Assert.StartsWith("wrote 384 QuestionnaireResponse resources", written, StringComparison.Ordinal);
        var parser = new FhirJsonDeserializer();
        var fromFile = parser.Deserialize<Hl7.Fhir.Model.Bundle>(await File.ReadAllTextAsync(file));
        var fromStdout = parser.Deserialize<Hl7.Fhir.Model.Bundle>(printed);
        Assert.Equal(wide.TrimEnd('\n').Split('\n').Length - 1, fromFile.Entry.Count);
        Assert.Equal(fromFile.Entry.Count, fromStdout.Entry.Count);
        Assert.Equal(2, zipCode);
        Assert.Contains("--format fhir: --bundle, --bom and --labels are for the CSV formats.", zipError, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var run = await global::Alliance.Cli.Tests.CliRun.RunAsync(args);
        return (run.ExitCode, run.Stdout, run.Stderr);
    }
}
