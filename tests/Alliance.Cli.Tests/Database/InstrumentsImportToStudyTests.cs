using Alliance.Cli.Tests.Analyses;
using Alliance.Cli.Tests.Instruments;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Data.Model;
using Alliance.Instruments.Loading;
using Alliance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Tests.Database;

/// <summary>
/// <c>alliance instruments import --study ID</c> stores the converted definition as a draft of the study's own
/// instruments through the store the instruments page uses, audited; a refused definition or a missing study stores
/// nothing. Sets ConnectionStrings__Alliance, so it runs in the shared collection.
/// </summary>
[Collection(SharedConnectionVariable.Name)]
public sealed class InstrumentsImportToStudyTests : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private string? _previous;
    private readonly string _dir = Directory.CreateTempSubdirectory("alliance-cli-import-study").FullName;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("cli_import_study", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, CancellationToken.None);
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
    public async Task ADictionaryImportedIntoAStudyIsADraftThereAndAudited()
    {
        long studyId;
        await using (var db = AllianceDbContext.Open(_database!.ConnectionString))
        {
            var study = new Study { Name = "Import target", CreatedAt = DateTimeOffset.UtcNow };
            db.Studies.Add(study);
            await db.SaveChangesAsync();
            studyId = study.StudyId;
        }
        var csv = Path.Combine(_dir, "dictionary.csv");
        await File.WriteAllTextAsync(csv, InstrumentsInterchangeCommandTests.Dictionary);
        var id = studyId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var missing = await CliRun.RunAsync("instruments", "import", "--from", "redcap", csv, "--study", "987654");
        var both = await CliRun.RunAsync("instruments", "import", "--from", "redcap", csv, "--study", id, "--output", Path.Combine(_dir, "x.json"));
        var stored = await CliRun.RunAsync("instruments", "import", "--from", "redcap", csv, "--study", id);
        var again = await CliRun.RunAsync("instruments", "import", "--from", "redcap", csv, "--study", id);

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("no study 987654", missing.Stderr, StringComparison.Ordinal);
        Assert.NotEqual(0, both.ExitCode);
        Assert.False(File.Exists(Path.Combine(_dir, "x.json")));
        Assert.Equal(0, stored.ExitCode);
        Assert.Contains($"stored alliance_check 1.0.0 as a draft of study {id}", stored.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists in this study", again.Stderr, StringComparison.Ordinal);
        await using var check = AllianceDbContext.Open(_database.ConnectionString);
        var row = await check.OwnInstruments.SingleAsync(i => i.StudyId == studyId);
        Assert.Equal("alliance_check", InstrumentLoader.Load(row.Definition, "stored").GetOrThrow().Id);
        Assert.Equal(1, await check.AuditLog.CountAsync(a => a.StudyId == studyId && a.Action == "instrument.upload"));
    }
}
