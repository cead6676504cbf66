using Alliance.Data.Demo;
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
        Assert.Empty(await TriggersOnResponsesAsync(scratch.ConnectionString));
    }

    [Fact]
    public async Task GoingBackFromTheItemViewToTheItemTableKeepsEveryItem()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_items_view", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 3, CancellationToken.None);
        var all = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        var view = await ItemsAsync(scratch.ConnectionString);
        Assert.True(view.Count > 1000, $"only {view.Count} item rows in the demo study");
        Assert.Contains(view, i => i.Value is null);
        Assert.Equal("v", await KindAsync(scratch.ConnectionString, "response_items"));

        await migrator.MigrateAsync(all[all.IndexOf(all.Single(m => m.EndsWith("_ResponseItemsView", StringComparison.Ordinal))) - 1]);
        Assert.Equal("r", await KindAsync(scratch.ConnectionString, "response_items"));
        Assert.Equal(view, await ItemsAsync(scratch.ConnectionString));
        Assert.Equal(["responses_fill_items", "responses_refill_items"], await TriggersOnResponsesAsync(scratch.ConnectionString));

        await migrator.MigrateAsync(all[^1]);
        Assert.Equal("v", await KindAsync(scratch.ConnectionString, "response_items"));
        Assert.Equal(view, await ItemsAsync(scratch.ConnectionString));
    }

    private static async Task<List<(long Study, Guid Response, string Item, int? Position, decimal? Value)>> ItemsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT study_id, response_id, item_id, position, value FROM response_items ORDER BY study_id, response_id, item_id", connection);
        var rows = new List<(long, Guid, string, int?, decimal?)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetInt32(3), reader.IsDBNull(4) ? null : reader.GetDecimal(4)));
        }
        return rows;
    }

    private static async Task<string?> KindAsync(string connectionString, string relation)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT relkind::text FROM pg_class WHERE oid = to_regclass($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = relation });
        return (string?)await command.ExecuteScalarAsync();
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
