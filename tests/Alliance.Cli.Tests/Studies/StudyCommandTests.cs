using System.Text.Json;
using Alliance.Cli.Tests.Database;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Data.Model;
using Alliance.Testing.Databases;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Cli.Tests.Studies;

/// <summary><c>alliance study state|erase</c> against a migrated database of its own.</summary>
[Collection(SharedConnectionVariable.Name)]
public sealed class StudyCommandTests : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private string? _previous;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("cli_study", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, CancellationToken.None);
        _previous = Environment.GetEnvironmentVariable(AllianceConnection.Variable);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _previous);
        await _database!.DisposeAsync();
    }

    private async Task<long> StudyWithClientAsync(string code)
    {
        await using var db = AllianceDbContext.Open(_database!.ConnectionString);
        var study = new Study { Name = "cli lifecycle", CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        db.Clients.Add(new Client { StudyId = study.StudyId, ClientId = Guid.CreateVersion7(), Code = code, CreatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return study.StudyId;
    }

    [Fact]
    public async Task StateLocksArchivesAndOnlyUnlocksAnArchivedStudy()
    {
        var study = (await StudyWithClientAsync("X1")).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var locked = await CliRun.RunAsync("study", "state", "--study", study, "--to", "locked", "--json");
        Assert.Equal(0, locked.ExitCode);
        using (var json = JsonDocument.Parse(locked.Stdout))
        {
            Assert.Equal("locked", json.RootElement.GetProperty("state").GetString());
            Assert.True(json.RootElement.GetProperty("changed").GetBoolean());
        }
        Assert.Equal(0, (await CliRun.RunAsync("study", "state", "--study", study, "--to", "archived")).ExitCode);
        var refused = await CliRun.RunAsync("study", "state", "--study", study, "--to", "closed");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--to", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, (await CliRun.RunAsync("study", "state", "--study", study, "--to", "active")).ExitCode);
        Assert.Contains("active", (await CliRun.RunAsync("study", "state", "--study", study)).Stdout, StringComparison.Ordinal);
        Assert.Equal(2, (await CliRun.RunAsync("study", "state", "--study", "999999")).ExitCode);
    }

    [Fact]
    public async Task EraseNeedsTheCodeTwiceAndNeverPrintsIt()
    {
        var studyId = await StudyWithClientAsync("Cli-Gone-3");
        var study = studyId.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var mismatch = await CliRun.RunAsync("study", "erase", "--study", study, "--role", "client", "--code", "Cli-Gone-3", "--confirm", "Cli-Gone-4");
        Assert.Equal(2, mismatch.ExitCode);
        var erased = await CliRun.RunAsync("study", "erase", "--study", study, "--role", "client", "--code", "Cli-Gone-3", "--confirm", "Cli-Gone-3");

        Assert.Equal(0, erased.ExitCode);
        Assert.Contains("anonymise", erased.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Cli-Gone-3", erased.Stdout + erased.Stderr, StringComparison.Ordinal);
        await using var db = AllianceDbContext.Open(_database!.ConnectionString);
        Assert.False(await db.Clients.AnyAsync(c => c.StudyId == studyId && c.Code == "Cli-Gone-3"));
        Assert.Equal(2, (await CliRun.RunAsync("study", "erase", "--study", study, "--role", "client", "--code", "Cli-Gone-3", "--confirm", "Cli-Gone-3")).ExitCode);
    }
}
