using Alliance.Testing.Databases;
using System.Text.RegularExpressions;
using Npgsql;

namespace Alliance.Data.Tests.Schema;

/// <summary>
/// The study is the unit a distributed PostgreSQL would spread (docs/operations.md, "Scaling past one database
/// server"): every table but the few global ones leads its primary key with <c>study_id</c>, and no foreign key
/// between study tables leaves out <c>study_id</c>. A new table has to be put on one side or the other here.
/// </summary>
public sealed class StudyDistributionTests
{
    /// <summary>Tables shared by all studies (reference tables in a distributed database).</summary>
    private static readonly string[] GlobalTables =
        ["__EFMigrationsHistory", "researcher_accounts", "sign_in_sessions", "sign_in_failures", "data_protection_keys", "link_guesses",
         "password_resets", "two_factor_secrets", "recovery_codes",
         // One mail queue for every study and for account mail (no study), claimed across studies by due time.
         "mail_messages"];

    [Fact]
    public async Task EveryStudyTableLeadsItsKeyWithTheStudyAndItsForeignKeysStayInIt()
    {
        await using var scratch = await TestServer.CreateDatabaseAsync("study_distribution", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
        await using var connection = new NpgsqlConnection(scratch.ConnectionString);
        await connection.OpenAsync();

        var leading = await PairsAsync(connection, """
            SELECT c.relname::text, coalesce(a.attname::text, '')
            FROM pg_class c
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
            LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
            LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
            WHERE c.relkind = 'r'
            """);
        var studyTables = leading.Where(t => !GlobalTables.Contains(t.Left)).ToList();
        Assert.True(studyTables.Count >= 18, $"only {studyTables.Count} study tables");
        // Test links and their answers are study tables like responses, though no export reads them (issue #16).
        Assert.Contains(studyTables, t => t.Left == "test_links");
        Assert.Contains(studyTables, t => t.Left == "test_answers");
        Assert.All(studyTables, t => Assert.True(t.Right == "study_id", $"{t.Left}'s primary key starts with '{t.Right}'"));

        var foreignKeys = await PairsAsync(connection, """
            SELECT conrelid::regclass::text || ' -> ' || confrelid::regclass::text, pg_get_constraintdef(oid)
            FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace
            """);
        var betweenStudyTables = foreignKeys
            .Where(k => !GlobalTables.Any(g => k.Left.EndsWith("-> " + g, StringComparison.Ordinal)))
            .ToList();
        Assert.NotEmpty(betweenStudyTables);
        Assert.All(betweenStudyTables, k => Assert.True(
            Regex.IsMatch(k.Right, @"^FOREIGN KEY \(study_id[,)]"), $"{k.Left}: {k.Right}"));
    }

    private static async Task<List<(string Left, string Right)>> PairsAsync(NpgsqlConnection connection, string sql)
    {
        var result = new List<(string, string)>();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add((reader.GetString(0), reader.GetString(1)));
        }
        return result;
    }
}
