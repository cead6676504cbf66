using Alliance.Data.Demo;
using Alliance.Instruments;
using Alliance.Testing.Databases;
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
                     "withdrawals", "audit_log", "consent_texts", "replaced_links" })
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
    public async Task InstancesStartingTogetherMigrateOnceAndAllSucceed()
    {
        // Several web instances (and the CLI) migrate at start; on a fresh database each would otherwise apply the
        // same migrations and all but one fail with "already exists".
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_together", CancellationToken.None);
        var applied = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            Task.Run(() => AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None))));

        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        var all = db.Database.GetMigrations().ToList();
        Assert.Single(applied, a => a.Count == all.Count);
        Assert.Equal(3, applied.Count(a => a.Count == 0));
        Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
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
        Assert.Equal(["responses_fill_items"], await TriggersOnResponsesAsync(db));

        await migrator.MigrateAsync(all[^1]);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        // The item table's trigger is gone again (the items are a view); the response counts' and the rupture series'
        // triggers remain.
        Assert.Equal(["responses_count_delete", "responses_count_insert", "responses_spread_delete", "responses_spread_insert", "responses_spread_update"], await TriggersOnResponsesAsync(db));
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
        var view = await ItemsAsync(db);
        Assert.True(view.Count > 1000, $"only {view.Count} item rows in the demo study");
        Assert.Contains(view, i => i.Value is null);
        Assert.Equal("v", await ItemsRelationKindAsync(db));

        await migrator.MigrateAsync(all[all.IndexOf(all.Single(m => m.EndsWith("_ResponseItemsView", StringComparison.Ordinal))) - 1]);
        Assert.Equal("r", await ItemsRelationKindAsync(db));
        Assert.Equal(view, await ItemsAsync(db));
        Assert.Equal(["responses_fill_items", "responses_refill_items"], await TriggersOnResponsesAsync(db));

        await migrator.MigrateAsync(all[^1]);
        Assert.Equal("v", await ItemsRelationKindAsync(db));
        Assert.Equal(view, await ItemsAsync(db));
    }

    [Fact]
    public async Task GoingDownAndUpThroughTheSessionCalendarKeepsEveryExpiryAndTheStudysLinkExpiry()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_calendar", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 5, CancellationToken.None);
        var all = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        var expiries = await ExpiriesAsync(db);
        Assert.Contains(expiries, e => e.Expires is not null);

        await migrator.MigrateAsync(all[all.IndexOf(all.Single(m => m.EndsWith("_SessionCalendarLinks", StringComparison.Ordinal))) - 1]);
        Assert.Equal("7 days", await LinkExpiryAsync(db, demo.StudyId));
        Assert.Equal(expiries, await ExpiriesAsync(db));
        await db.Database.ExecuteSqlAsync($"UPDATE studies SET link_expiry = interval '10 days 6 hours' WHERE study_id = {demo.StudyId}");

        await migrator.MigrateAsync(all[^1]);
        var study = await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == demo.StudyId);
        Assert.Equal((0, 11), (study.DefaultOpeningOffsetDays, study.DefaultWindowDays));   // part days round up
        Assert.Equal(expiries, await ExpiriesAsync(db));
        Assert.False(await db.Invitations.AnyAsync(i => i.OpensAt != null));
        Assert.False(await db.ScheduledForms.AnyAsync(f => f.OpeningOffsetDays != null || f.WindowDays != null));
    }

    [Fact]
    public async Task GoingDownAndUpThroughConsentPerRoleKeepsEachStudysConsentTextAndItsResponses()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_consent", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 7, CancellationToken.None);
        var all = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        var demoText = (await db.ConsentTexts.AsNoTracking().FirstAsync(c => c.StudyId == demo.StudyId)).Text;
        var responses = await db.Responses.CountAsync(r => r.StudyId == demo.StudyId);
        Assert.True(responses > 0);

        await migrator.MigrateAsync(all[all.IndexOf(all.Single(m => m.EndsWith("_ConsentPerRoleAndLanguage", StringComparison.Ordinal))) - 1]);
        Assert.Equal(demoText, await ConsentTextColumnAsync(db, demo.StudyId));
        await db.Database.ExecuteSqlAsync(
            $"UPDATE studies SET consent_text = 'Ich stimme zu.', languages = ARRAY['de', 'en'] WHERE study_id = {demo.StudyId}");

        await migrator.MigrateAsync(all[^1]);
        var texts = await db.ConsentTexts.AsNoTracking().Where(c => c.StudyId == demo.StudyId)
            .OrderBy(c => c.Role).Select(c => new { c.Role, c.Language, c.Text }).ToListAsync();
        Assert.Equal([(RaterRole.Client, "de", "Ich stimme zu."), (RaterRole.Therapist, "de", "Ich stimme zu.")],
            texts.ConvertAll(t => (t.Role, t.Language, t.Text)));
        Assert.Equal(responses, await db.Responses.CountAsync(r => r.StudyId == demo.StudyId));
        Assert.Null((await db.Studies.AsNoTracking().SingleAsync(s => s.StudyId == demo.StudyId)).Contact);
    }

    private static Task<string?> ConsentTextColumnAsync(AllianceDbContext db, long studyId) =>
        db.Database.SqlQuery<string?>($"SELECT consent_text AS \"Value\" FROM studies WHERE study_id = {studyId}").SingleAsync();

    // Only the two columns every version of the schema has, so this reads the table below the migration too.
    private static async Task<List<(Guid Invitation, DateTimeOffset? Expires)>> ExpiriesAsync(AllianceDbContext db) =>
        (await db.Invitations.AsNoTracking().OrderBy(i => i.InvitationId).Select(i => new { i.InvitationId, i.ExpiresAt }).ToListAsync())
        .ConvertAll(e => (e.InvitationId, e.ExpiresAt));

    private static Task<string> LinkExpiryAsync(AllianceDbContext db, long studyId) =>
        db.Database.SqlQuery<string>($"SELECT link_expiry::text AS \"Value\" FROM studies WHERE study_id = {studyId}").SingleAsync();

    // No tracking: the same rows read again must come from the database, not from the context's first reading.
    private static async Task<List<(long Study, Guid Response, string Item, int? Position, decimal? Value)>> ItemsAsync(AllianceDbContext db) =>
        (await db.ResponseItems.AsNoTracking().OrderBy(i => i.StudyId).ThenBy(i => i.ResponseId).ThenBy(i => i.ItemId).ToListAsync())
        .ConvertAll(i => (i.StudyId, i.ResponseId, i.ItemId, i.Position, i.Value));

    private static Task<string?> ItemsRelationKindAsync(AllianceDbContext db) =>
        db.Database.SqlQuery<string?>($"SELECT relkind::text AS \"Value\" FROM pg_class WHERE oid = to_regclass('response_items')")
            .SingleOrDefaultAsync();

    private static Task<List<string>> TriggersOnResponsesAsync(AllianceDbContext db) =>
        db.Database.SqlQuery<string>($"SELECT tgname::text AS \"Value\" FROM pg_trigger WHERE tgrelid = 'responses'::regclass AND NOT tgisinternal")
            .OrderBy(name => name).ToListAsync();

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
