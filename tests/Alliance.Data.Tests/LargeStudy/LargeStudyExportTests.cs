using System.Globalization;
using Alliance.Data.Export;
using Alliance.Testing.Databases;
using Npgsql;

namespace Alliance.Data.Tests.LargeStudy;

/// <summary>The exports of a study of 2,000 dyads (<see cref="LargeStudyDatabase"/>) against what was seeded and what SQL counts.</summary>
public sealed class LargeStudyExportTests(LargeStudyDatabase database) : IClassFixture<LargeStudyDatabase>
{
    private async Task<string[]> ExportAsync(ExportFormat format)
    {
        var csv = new StringWriter(CultureInfo.InvariantCulture);
        await StudyExport.WriteAsync(database.ConnectionString, database.Study.StudyId, new ExportOptions(format, "test"), csv,
            CancellationToken.None);
        return csv.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = database.Study.StudyId });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task WideExportHasOneRowPerAnsweredFormInDyadAndSessionOrder()
    {
        var rows = await ExportAsync(ExportFormat.Wide);

        Assert.Equal(database.Study.Answered, rows.Length - 1);
        var keys = rows.Skip(1).Select(r => r.Split(',')).Select(c => (Dyad: c[1], Session: int.Parse(c[5], CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(keys.OrderBy(k => k.Dyad, StringComparer.Ordinal).ThenBy(k => k.Session), keys);
        Assert.Equal(LargeStudyDatabase.Dyads, keys.Select(k => k.Dyad).Distinct().Count());
    }

    [Fact]
    public async Task LongExportHasEveryItemAnswerOfEveryAnsweredForm()
    {
        var rows = await ExportAsync(ExportFormat.Long);

        var items = await CountAsync("SELECT count(*) FROM responses r, jsonb_object_keys(r.answers) WHERE r.study_id = $1");
        Assert.Equal(items, rows.Length - 1);
        Assert.Equal(database.Study.Answered, rows.Skip(1).Select(r => r.Split(',')[10]).Distinct().Count());
    }

    [Fact]
    public async Task OverdueAndOpenLinksInSqlAndTheExportedFormsAccountForEveryLink()
    {
        var exported = (await ExportAsync(ExportFormat.Wide)).Length - 1;
        // The reminders' notion of overdue: unanswered, opened, and past expiry (stored open or marked expired).
        var overdue = await CountAsync(
            "SELECT count(*) FROM invitations WHERE study_id = $1 AND status IN ('open', 'expired') AND expires_at <= now()");
        var openNow = await CountAsync(
            "SELECT count(*) FROM invitations WHERE study_id = $1 AND status = 'open' AND opens_at <= now() AND expires_at > now()");

        Assert.Equal(database.Study.OpenLinks.Count, openNow);
        Assert.True(overdue > 0);
        Assert.Equal(database.Study.Invitations, exported + overdue + openNow);
    }
}
