using System.Globalization;
using Alliance.Data.Migrations;
using Npgsql;

namespace Alliance.Data.Tests.Dashboard;

/// <summary>
/// The dashboard's kept summaries of one study (<c>completion_counts</c>, <c>open_link_counts</c>,
/// <c>client_score_spreads</c>, <c>response_counts</c>) beside the same figures recounted from scratch over
/// invitations, sessions, dyads and responses, as lines to compare.
/// </summary>
internal static class SummaryRecount
{
    public static async Task<(List<string> Kept, List<string> Recounted)> CompletionAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT therapist_id, day, submitted, expired, withdrawn FROM completion_counts
            WHERE study_id = @study AND (submitted, expired, withdrawn) <> (0, 0, 0)
            ORDER BY therapist_id, day
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT therapist_id, day, submitted, expired, withdrawn FROM ({CompletionCountsSql.Recount}) r
            WHERE study_id = @study ORDER BY therapist_id, day
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> OpenLinksAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT therapist_id, day, due_on, opens_at, expires_at, links FROM open_link_counts
            WHERE study_id = @study AND links <> 0
            ORDER BY therapist_id, day, due_on, opens_at, expires_at
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT therapist_id, day, due_on, opens_at, expires_at, links FROM ({CompletionCountsSql.RecountOpen}) r
            WHERE study_id = @study ORDER BY therapist_id, day, due_on, opens_at, expires_at
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> SpreadsAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT instrument_id, score_id, dyad_id, sessions, mean, squares FROM client_score_spreads
            WHERE study_id = @study ORDER BY instrument_id, score_id, dyad_id
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT instrument_id, score_id, dyad_id, sessions, mean, squares FROM ({ScoreSpreadsSql.Series("dyads x")}) r
            WHERE study_id = @study ORDER BY instrument_id, score_id, dyad_id
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> ResponsesAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT stripe, responses FROM response_counts WHERE study_id = @study AND responses <> 0 ORDER BY stripe
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT stripe, responses FROM ({ResponseCountsSql.Recount}) r WHERE study_id = @study ORDER BY stripe
            """));

    /// <summary>Asserts the four tables equal their recount (the final counts not empty); <paramref name="after"/> names the write.</summary>
    public static async Task AssertTrueAsync(string connectionString, long studyId, string after)
    {
        var (keptCounts, recountedCounts) = await CompletionAsync(connectionString, studyId);
        Assert.NotEmpty(recountedCounts);
        Assert.True(recountedCounts.SequenceEqual(keptCounts), $"completion_counts after {after}: kept\n{Diff(keptCounts, recountedCounts)}");
        var (keptOpen, recountedOpen) = await OpenLinksAsync(connectionString, studyId);
        Assert.True(recountedOpen.SequenceEqual(keptOpen), $"open_link_counts after {after}: kept\n{Diff(keptOpen, recountedOpen)}");
        var (keptSpreads, recountedSpreads) = await SpreadsAsync(connectionString, studyId);
        Assert.NotEmpty(recountedSpreads);
        Assert.True(recountedSpreads.SequenceEqual(keptSpreads), $"client_score_spreads after {after}: kept\n{Diff(keptSpreads, recountedSpreads)}");
        var (keptResponses, recountedResponses) = await ResponsesAsync(connectionString, studyId);
        Assert.True(recountedResponses.SequenceEqual(keptResponses), $"response_counts after {after}: kept\n{Diff(keptResponses, recountedResponses)}");
    }

    private static string Diff(List<string> kept, List<string> recounted) =>
        string.Join("\n", kept.Except(recounted).Take(5)) + "\nrecounted\n" + string.Join("\n", recounted.Except(kept).Take(5));

    /// <summary>Each row as one line; doubles to 8 decimals (the two sides may sum in another order).</summary>
    private static async Task<List<string>> LinesAsync(string connectionString, long studyId, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<long>("study", studyId));
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
        {
            lines.Add(string.Join(" ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
            {
                double d => (Math.Round(d, 8) + 0.0).ToString("F8", CultureInfo.InvariantCulture),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var v => v.ToString(),
            })));
        }
        return lines;
    }
}
