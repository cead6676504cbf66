using System.Diagnostics;
using System.Globalization;

namespace PsychometricsBench;

/// <summary>
/// Times R's psych on the same CSV in a child Rscript process. R reports its own elapsed times
/// (proc.time) for read.csv and for the psych call, so process start-up and package loading are excluded.
/// </summary>
internal static class RBaseline
{
    public static bool Available => FindRscript() is not null;

    public static Dictionary<string, double[]> Run(string script)
    {
        var scriptPath = Path.Combine(Path.GetTempPath(), $"psychometrics-bench-{Environment.ProcessId}.R");
        File.WriteAllText(scriptPath, script);
        var start = new ProcessStartInfo(FindRscript()!, [scriptPath]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        File.Delete(scriptPath);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Rscript failed: {stderr.Result}");
        }
        // Lines "name v1 v2 …".
        return stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(t => t.Length > 1)
            .ToDictionary(t => t[0], t => t[1..].Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());
    }

    private static string? FindRscript() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "Rscript"))
            .FirstOrDefault(File.Exists);
}
