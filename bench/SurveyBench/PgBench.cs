using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace SurveyBench;

/// <summary>
/// The baseline: pgbench inserting the same row shape into a copy of <c>responses</c> (same columns, jsonb, unique
/// indexes; no foreign keys or trigger), one row per transaction, with the same number of clients.
/// </summary>
internal static partial class PgBench
{
    public static async Task<(double Tps, double LatencyMs)> RunAsync(string binDirectory, string connectionString, int clients,
        TimeSpan duration, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand(
                "DROP TABLE IF EXISTS bench_responses; CREATE TABLE bench_responses (LIKE responses INCLUDING ALL)", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        var script = Path.GetTempFileName();
        await File.WriteAllTextAsync(script, """
            INSERT INTO bench_responses (study_id, response_id, invitation_id, idempotency_key, submitted_at, answers, scores, source)
            VALUES (1, gen_random_uuid(), gen_random_uuid(), 'bench', now(), '{"sv1": 8, "sv2": 9.5, "sv3": 7, "sv4": 10}', '{"total": 34.5}', 'web');
            """, ct);
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Path.Combine(binDirectory, "pgbench"))
        {
            ArgumentList =
            {
                "-n", "-c", clients.ToString(CultureInfo.InvariantCulture), "-j", "2", "-T",
                ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-f", script,
                "-h", cs.Host!, "-p", cs.Port.ToString(CultureInfo.InvariantCulture), "-U", cs.Username!, cs.Database!,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (!string.IsNullOrEmpty(cs.Password))
        {
            start.Environment["PGPASSWORD"] = cs.Password;
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        File.Delete(script);
        var tps = TpsLine().Match(output);
        var latency = LatencyLine().Match(output);
        if (process.ExitCode != 0 || !tps.Success)
        {
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {errors}{output}");
        }
        return (double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN);
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsLine();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyLine();
}
