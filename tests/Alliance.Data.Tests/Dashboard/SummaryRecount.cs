using System.Globalization;
using Alliance.Data.Migrations;
using Npgsql;

namespace Alliance.Data.Tests.Dashboard;

/// <summary>
/// The dashboard's kept summaries of one study (<c>completion_counts</c>, <c>open_link_counts</c>, <c>dyad_link_counts</c>,
/// <c>dyad_open_links</c>, <c>client_score_spreads</c>, <c>client_latest_scores</c>, <c>response_counts</c>) beside the
/// same figures recounted from scratch over invitations, sessions, dyads and responses, as lines to compare.
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

    public static async Task<(List<string> Kept, List<string> Recounted)> DyadCountsAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT dyad_id, submitted, expired, withdrawn FROM dyad_link_counts
            WHERE study_id = @study AND (submitted, expired, withdrawn) <> (0, 0, 0)
            ORDER BY dyad_id
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT dyad_id, submitted, expired, withdrawn FROM ({DyadSummariesSql.RecountDyads}) r
            WHERE study_id = @study ORDER BY dyad_id
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> DyadOpenLinksAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT dyad_id, due_on, opens_at, expires_at, links FROM dyad_open_links
            WHERE study_id = @study AND links <> 0
            ORDER BY dyad_id, due_on, opens_at, expires_at
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT dyad_id, due_on, opens_at, expires_at, links FROM ({DyadSummariesSql.RecountDyadOpen}) r
            WHERE study_id = @study ORDER BY dyad_id, due_on, opens_at, expires_at
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> SpreadsAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT instrument_id, score_id, dyad_id, sessions, mean, squares, max_drop FROM client_score_spreads
            WHERE study_id = @study ORDER BY instrument_id, score_id, dyad_id
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT instrument_id, score_id, dyad_id, sessions, mean, squares, max_drop FROM ({DyadSummariesSql.Series("dyads x")}) r
            WHERE study_id = @study ORDER BY instrument_id, score_id, dyad_id
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> ResponsesAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT stripe, responses FROM response_counts WHERE study_id = @study AND responses <> 0 ORDER BY stripe
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT stripe, responses FROM ({ResponseCountsSql.Recount}) r WHERE study_id = @study ORDER BY stripe
            """));

    public static async Task<(List<string> Kept, List<string> Recounted)> LatestScoresAsync(string connectionString, long studyId) => (
        await LinesAsync(connectionString, studyId, """
            SELECT dyad_id, instrument_version_id, number, scores::text FROM client_latest_scores
            WHERE study_id = @study ORDER BY dyad_id, instrument_version_id
            """),
        await LinesAsync(connectionString, studyId, $"""
            SELECT dyad_id, instrument_version_id, number, scores::text FROM ({DyadSummariesSql.Latest("dyads x")}) r
            WHERE study_id = @study ORDER BY dyad_id, instrument_version_id
            """));

    /// <summary>Asserts the seven tables equal their recount (the final counts not empty); <paramref name="after"/> names the write.</summary>
    public static async Task AssertTrueAsync(string connectionString, long studyId, string after)
    {
        var (keptCounts, recountedCounts) = await CompletionAsync(connectionString, studyId);
        Assert.NotEmpty(recountedCounts);
        Assert.True(recountedCounts.SequenceEqual(keptCounts), $"completion_counts after {after}: kept\n{Diff(keptCounts, recountedCounts)}");
        var (keptOpen, recountedOpen) = await OpenLinksAsync(connectionString, studyId);
        Assert.True(recountedOpen.SequenceEqual(keptOpen), $"open_link_counts after {after}: kept\n{Diff(keptOpen, recountedOpen)}");
        var (keptDyads, recountedDyads) = await DyadCountsAsync(connectionString, studyId);
        Assert.NotEmpty(recountedDyads);
        Assert.True(recountedDyads.SequenceEqual(keptDyads), $"dyad_link_counts after {after}: kept\n{Diff(keptDyads, recountedDyads)}");
        var (keptDyadOpen, recountedDyadOpen) = await DyadOpenLinksAsync(connectionString, studyId);
        Assert.True(recountedDyadOpen.SequenceEqual(keptDyadOpen), $"dyad_open_links after {after}: kept\n{Diff(keptDyadOpen, recountedDyadOpen)}");
        var (keptSpreads, recountedSpreads) = await SpreadsAsync(connectionString, studyId);
        Assert.NotEmpty(recountedSpreads);
        Assert.Contains(keptSpreads, line => !line.EndsWith(' '));   // some series with a drop
        Assert.True(recountedSpreads.SequenceEqual(keptSpreads), $"client_score_spreads after {after}: kept\n{Diff(keptSpreads, recountedSpreads)}");
        var (keptResponses, recountedResponses) = await ResponsesAsync(connectionString, studyId);
        Assert.True(recountedResponses.SequenceEqual(keptResponses), $"response_counts after {after}: kept\n{Diff(keptResponses, recountedResponses)}");
        var (keptLatest, recountedLatest) = await LatestScoresAsync(connectionString, studyId);
        Assert.NotEmpty(recountedLatest);
        Assert.True(recountedLatest.SequenceEqual(keptLatest), $"client_latest_scores after {after}: kept\n{Diff(keptLatest, recountedLatest)}");
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
