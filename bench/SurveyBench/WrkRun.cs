using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SurveyBench;

/// <summary>
/// The load from a second process: wrk (Debian package <c>wrk</c>) with <c>submit.lua</c>, so the load generator's
/// CPU is not counted against the server's process and costs far less than an in-process .NET client.
/// </summary>
internal sealed partial class WrkRun
{
    public int Acknowledged { get; private set; }

    public int Failed { get; private set; }

    public int Used { get; private set; }

    public double P50Ms { get; private set; }

    public double P99Ms { get; private set; }

    public double Seconds { get; private set; }

    public static string? Executable => File.Exists("/usr/bin/wrk") ? "/usr/bin/wrk" : null;

    public async Task RunAsync(string baseUrl, IReadOnlyList<string> tokens, int clients, TimeSpan duration, CancellationToken ct)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"survey-bench-wrk-{Environment.ProcessId}");
        Directory.CreateDirectory(directory);
        var tokenFile = Path.Combine(directory, "tokens.txt");
        var script = Path.Combine(directory, "submit.lua");
        await File.WriteAllLinesAsync(tokenFile, tokens, ct);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "submit.lua"), script, overwrite: true);
        const int threads = 2;
        var start = new ProcessStartInfo(Executable ?? throw new InvalidOperationException("wrk is not installed (apt-get install wrk)"))
        {
            ArgumentList =
            {
                "-t", threads.ToString(CultureInfo.InvariantCulture), "-c", clients.ToString(CultureInfo.InvariantCulture),
                "-d", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture) + "s", "--timeout", "10s",
                "-s", script, baseUrl, "--", tokenFile, threads.ToString(CultureInfo.InvariantCulture),
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Directory.Delete(directory, recursive: true);
        var summary = Summary().Match(output);
        if (process.ExitCode != 0 || !summary.Success)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {errors}{output}");
        }
        int Int(string name) => int.Parse(summary.Groups[name].Value, CultureInfo.InvariantCulture);
        Acknowledged = Int("created");
        Failed = Int("other") + Int("errors");
        Used = Int("used");
        P50Ms = Int("p50") / 1000.0;
        P99Ms = Int("p99") / 1000.0;
        Seconds = double.Parse(summary.Groups["seconds"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"ALLIANCE created=(?<created>\d+) other=(?<other>\d+) used=(?<used>\d+) p50=(?<p50>\d+) p99=(?<p99>\d+) seconds=(?<seconds>[0-9.]+) errors=(?<errors>\d+)")]
    private static partial Regex Summary();
}
