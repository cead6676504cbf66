using System.Diagnostics;
using System.Globalization;

namespace ExportBench;

/// <summary>Runs the exporter in a child process (this program in <c>--child</c> mode) to read its peak RSS.</summary>
internal static class ChildExport
{
    public static async Task<(double Inside, double Wall, long PeakKb)> RunAsync(string connectionString, long study, string file)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };
        var entry = typeof(ChildExport).Assembly.Location;
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            info.ArgumentList.Add(entry);
        }
        foreach (var arg in new[] { "--child", connectionString, study.ToString(CultureInfo.InvariantCulture), file })
        {
            info.ArgumentList.Add(arg);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        watch.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child export failed: {await error}");
        }
        var parts = output.Trim().Split(' ');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), watch.Elapsed.TotalSeconds, long.Parse(parts[1], CultureInfo.InvariantCulture));
    }
}
