using Alliance.Data.Demo;
using Alliance.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Alliance.Data.Tests.Schema;

public sealed class ParticipantLanguagesMigrationTests
{
    [Fact]
    public async Task GoingDownAndUpThroughParticipantLanguagesKeepsEveryParticipantInvitationAndResponse()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("migrate_languages", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        await using var db = AllianceDbContext.Open(scratch.ConnectionString);
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", 11, CancellationToken.None);
        var all = db.Database.GetMigrations().ToList();
        var migrator = db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
        await db.Clients.Where(c => c.StudyId == demo.StudyId).Take(1).ExecuteUpdateAsync(u => u.SetProperty(c => c.Language, "de"));
        var before = await RowsAsync(db, demo.StudyId);
        Assert.True(before.Responses > 0);

        await migrator.MigrateAsync(all[all.IndexOf(all.Single(m => m.EndsWith("_ParticipantLanguages", StringComparison.Ordinal))) - 1]);
        Assert.False(await LanguageColumnExistsAsync(db, "clients"));
        Assert.False(await LanguageColumnExistsAsync(db, "therapists"));
        Assert.Equal(before, await RowsAsync(db, demo.StudyId));

        await migrator.MigrateAsync(all[^1]);
        Assert.Equal(before, await RowsAsync(db, demo.StudyId));
        // Nobody has a language of their own after the way down: each follows the study's first language, as before it.
        Assert.False(await db.Clients.AnyAsync(c => c.Language != null));
        Assert.False(await db.Therapists.AnyAsync(t => t.Language != null));
    }

    // Counts and languages of the rows every version of the schema has, read with SQL so the model's new column is not needed.
    private static async Task<(int Clients, int Therapists, int Invitations, int Responses, string Languages)> RowsAsync(AllianceDbContext db, long studyId) =>
        (await CountAsync(db, $"SELECT count(*)::int AS \"Value\" FROM clients WHERE study_id = {studyId}"),
         await CountAsync(db, $"SELECT count(*)::int AS \"Value\" FROM therapists WHERE study_id = {studyId}"),
         await CountAsync(db, $"SELECT count(*)::int AS \"Value\" FROM invitations WHERE study_id = {studyId}"),
         await CountAsync(db, $"SELECT count(*)::int AS \"Value\" FROM responses WHERE study_id = {studyId}"),
         await db.Database.SqlQuery<string>(
             $"SELECT coalesce(string_agg(DISTINCT language, ','), '') AS \"Value\" FROM invitations WHERE study_id = {studyId}").SingleAsync());

    private static Task<int> CountAsync(AllianceDbContext db, FormattableString sql) => db.Database.SqlQuery<int>(sql).SingleAsync();

    private static Task<bool> LanguageColumnExistsAsync(AllianceDbContext db, string table) =>
        db.Database.SqlQuery<bool>(
            $"SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = {table} AND column_name = 'language') AS \"Value\"")
            .SingleAsync();
}
