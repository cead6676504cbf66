using System.Diagnostics;
using System.Globalization;

namespace Alliance.Testing.Hosting;

/// <summary>
/// The web app as a separate OS process (the built <c>Alliance.Web.dll</c> run by <c>dotnet</c>) on a fixed loopback
/// port, so a drill can kill it with SIGKILL and start it again where its clients expect it. Killed on dispose.
/// </summary>
/// <param name="connectionString">The app's <c>ConnectionStrings:Alliance</c>.</param>
/// <param name="settings">More command-line settings, as pairs of <c>--Key</c> and value.</param>
/// <param name="environment">Variables to set (or, with a null value, remove) in the process's environment, e.g. its own HOME.</param>
public sealed class WebProcess(string connectionString, IEnumerable<string>? settings = null,
    IReadOnlyDictionary<string, string?>? environment = null) : IDisposable
{
    private readonly string[] _settings = [.. settings ?? []];
    private readonly Queue<string> _lastLines = new();
    private Process? _process;

    public Uri BaseAddress { get; } = LoopbackPort.FreeAddress();

    /// <summary>The running process's id, or null when it is not running.</summary>
    public int? ProcessId => _process is { HasExited: false } ? _process.Id : null;

    /// <summary>The app's last lines of output, for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    public void Start()
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RunningApp.WebProjectDirectory(),
        };
        foreach (var arg in new[]
        {
            WebDll(), "--urls", BaseAddress.ToString().TrimEnd('/'), "--environment", "Production",
            "--contentRoot", RunningApp.WebProjectDirectory(), "--ConnectionStrings:Alliance", connectionString,
            "--Demo:SeedWhenEmpty", "false", "--Logging:LogLevel:Default", "Warning",
        }.Concat(_settings))
        {
            info.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }
        _process = Process.Start(info) ?? throw new InvalidOperationException("could not start the web app");
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>SIGKILL (what <see cref="Process.Kill()"/> sends on Unix): no shutdown, no draining, no flushing.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Kill();

    /// <summary>src/Alliance.Web's build output in the caller's configuration (tests/run builds the solution first).</summary>
    private static string WebDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;   // …/bin/Release/net10.0/
        var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var dll = Path.Combine(RunningApp.WebProjectDirectory(), "bin", configuration, framework, "Alliance.Web.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("build src/Alliance.Web first", dll);
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_lastLines)
        {
            _lastLines.Enqueue(line.Length > 300 ? line[..300] : line);
            while (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"web app at {BaseAddress}");
}
