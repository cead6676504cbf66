using Alliance.Data.Embedded;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Alliance.Data.Tests.Schema;

public sealed class MigrationTests
{
    [Fact]
    public async Task MigrationsBuildTheWholeSchemaFromAnEmptyDatabase()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_empty", CancellationToken.None);
        var applied = await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        Assert.NotEmpty(applied);

        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.False(db.Database.HasPendingModelChanges());

        var tables = await ColumnsByTableAsync(scratch.ConnectionString);
        foreach (var table in new[] { "studies", "study_members", "api_tokens", "therapists", "clients", "dyads", "sessions",
                     "instrument_versions", "invitations", "drafts", "responses", "response_items", "consent_records",
                     "withdrawals", "audit_log" })
        {
            Assert.True(tables.ContainsKey(table), $"missing table {table}");
            Assert.Contains("study_id", tables[table]);
        }
        Assert.DoesNotContain(tables.Keys, t => t.Any(char.IsUpper));
        Assert.DoesNotContain(tables.Values.SelectMany(c => c), c => c.Any(char.IsUpper));
    }

    [Fact]
    public async Task MigratingTwiceAppliesNothingTheSecondTime()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_twice", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        Assert.Empty(await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None));
    }

    [Fact]
    public async Task EveryMigrationSinceTheFirstCanBeUndoneAndRedone()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_down", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        var all = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();

        await migrator.MigrateAsync(all[0]);
        Assert.Equal([all[0]], await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(["responses_fill_items"], await TriggersOnResponsesAsync(scratch.ConnectionString));

        await migrator.MigrateAsync(all[^1]);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(["responses_fill_items", "responses_refill_items"], await TriggersOnResponsesAsync(scratch.ConnectionString));
    }

    private static async Task<List<string>> TriggersOnResponsesAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'responses'::regclass AND NOT tgisinternal ORDER BY tgname", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }
        return names;
    }

    private static async Task<Dictionary<string, List<string>>> ColumnsByTableAsync(string connectionString)
    {
        var result = new Dictionary<string, List<string>>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var table = reader.GetString(0);
            if (!result.TryGetValue(table, out var columns))
            {
                result[table] = columns = [];
            }
            columns.Add(reader.GetString(1));
        }
        return result;
    }
}
