using System.Diagnostics;

namespace PsychometricsBench;

internal static class Timing
{
    /// <summary>Runs once to warm up (JIT), then <paramref name="runs"/> times; the median wall time in seconds.</summary>
    public static (T Result, double Seconds) Median<T>(Func<T> work, int runs = 5)
    {
        var result = work();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            result = work();
            times[i] = watch.Elapsed.TotalSeconds;
        }
        Array.Sort(times);
        return (result, times[runs / 2]);
    }

    /// <summary>Wall time of one `dotnet alliance.dll …` run (built next to this benchmark), or NaN when absent.</summary>
    public static double Process(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "alliance.dll");
        if (!File.Exists(cli))
        {
            return double.NaN;
        }
        var start = new ProcessStartInfo("dotnet", [cli, .. args]) { RedirectStandardOutput = true, RedirectStandardError = true };
        var watch = Stopwatch.StartNew();
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        return process.ExitCode == 0 && output.Result.Length > 0 ? seconds
            : throw new InvalidOperationException($"alliance {args[0]} failed: {error.Result}");
    }
}
