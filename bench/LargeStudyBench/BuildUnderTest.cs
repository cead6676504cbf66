using System.Diagnostics;

namespace LargeStudyBench;

/// <summary>
/// The build being measured: its <c>Alliance.Web.dll</c> and <c>alliance.dll</c>, run as processes of their own with
/// the database in <c>ConnectionStrings__Alliance</c>, so a build of another commit (an older main) is measured the
/// same way as this checkout's.
/// </summary>
internal sealed class BuildUnderTest(string webDll, string cliDll, string connectionString)
{
    public string WebDll { get; } = Path.GetFullPath(webDll);

    public string CliDll { get; } = Path.GetFullPath(cliDll);

    /// <summary>This checkout's Release build, found above the bench's own output directory.</summary>
    public static (string Web, string Cli) OfThisCheckout()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "Alliance.Web", "bin", "Release", "net10.0", "Alliance.Web.dll");
            if (File.Exists(web))
            {
                return (web, Path.Combine(dir.FullName, "src", "Alliance.Cli", "bin", "Release", "net10.0", "alliance.dll"));
            }
        }
        throw new FileNotFoundException("no Release build of src/Alliance.Web above " + AppContext.BaseDirectory + "; pass --web and --cli");
    }

    /// <summary>The web app on <paramref name="address"/>, with the participant rate limits of production.</summary>
    public Process StartWeb(Uri address)
    {
        var info = Info(WebDll, "--urls", address.ToString().TrimEnd('/'), "--environment", "Production",
            "--contentRoot", Path.GetDirectoryName(WebDll)!, "--ConnectionStrings:Alliance", connectionString,
            "--Demo:SeedWhenEmpty", "false", "--Logging:LogLevel:Default", "Warning");
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the web app");
        // The app logs warnings and errors (a page that fails) to its console: pass both streams on, marked.
        DataReceivedEventHandler pass = (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("web: " + line);
            }
        };
        process.OutputDataReceived += pass;
        process.ErrorDataReceived += pass;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// Runs the CLI with <paramref name="args"/>, reading what it prints (counted, not kept: a 10,000-dyad export is
    /// half a gigabyte); stops it after <paramref name="timeout"/>. The first byte on standard output is the
    /// first-byte time.
    /// </summary>
    public async Task<ChildRun> RunCliAsync(TimeSpan timeout, params string[] args)
    {
        var info = Info(CliDll, args);
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the CLI");
        var error = process.StandardError.ReadToEndAsync();
        using var rss = new RssSampler(process.Id, TimeSpan.FromMilliseconds(20), highWaterMark: true);
        using var deadline = new CancellationTokenSource(timeout);
        double? firstByte = null;
        long bytes = 0, lines = 0;
        var buffer = new byte[1 << 16];
        var stdout = process.StandardOutput.BaseStream;
        try
        {
            int read;
            while ((read = await stdout.ReadAsync(buffer, deadline.Token)) > 0)
            {
                firstByte ??= watch.Elapsed.TotalSeconds;
                bytes += read;
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
            }
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
        watch.Stop();
        rss.Stop();
        return new ChildRun(watch.Elapsed.TotalSeconds, firstByte, rss.PeakKb, deadline.IsCancellationRequested ? null : process.ExitCode,
            bytes, lines, await error);
    }

    private ProcessStartInfo Info(string dll, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["ConnectionStrings__Alliance"] = connectionString;
        return info;
    }
}
