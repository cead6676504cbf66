using System.Diagnostics;
using Npgsql;

namespace LargeStudyBench;

/// <summary>
/// The seed leaves every past unanswered link open with its expiry passed (some 41,000 on 10,000 dyads), as a study would
/// look after the web app had been down for weeks; the app's expiry job marks them in batches when it starts. Measuring
/// pages during that catch-up measures the catch-up (the first bench run after /studies got faster had the dashboard at
/// 537 ms instead of 139 ms), so the pages are measured once the job has marked them all, and the wait is reported.
/// </summary>
internal static class ExpiryBacklog
{
    private const string Sql = "SELECT count(*) FROM invitations WHERE study_id = @study AND status = 'open' AND expires_at <= now()";

    /// <summary>Waits (at most <paramref name="limit"/>) until no link of the study is open past its expiry.</summary>
    public static async Task<(long Backlog, TimeSpan Waited, bool Cleared)> WaitAsync(string connectionString, long studyId, TimeSpan limit,
        CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        long first = -1;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        while (true)
        {
            await using var command = new NpgsqlCommand(Sql, connection);
            command.Parameters.AddWithValue("study", studyId);
            var left = (long)(await command.ExecuteScalarAsync(ct))!;
            first = first < 0 ? left : first;
            if (left == 0 || watch.Elapsed > limit)
            {
                return (first, watch.Elapsed, left == 0);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }
    }
}
