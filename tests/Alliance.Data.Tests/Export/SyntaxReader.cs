using System.Diagnostics;

namespace Alliance.Data.Tests.Export;

/// <summary>
/// Runs a real reader of the bundle's syntax (PSPP, R) on the files of an unpacked bundle, in its folder: the
/// way a researcher would, from the data's own folder.
/// </summary>
internal static class SyntaxReader
{
    /// <summary>The full path of <paramref name="program"/> on PATH; null when it is not installed.</summary>
    public static string? Find(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    /// <summary>Runs <paramref name="program"/> in <paramref name="folder"/>; returns its exit code and everything it printed.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string program, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
