using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Alliance.Testing.Hosting;

/// <summary>
/// HAProxy from Debian (package <c>haproxy</c>, installed by <c>tests/run</c>) in front of web instances on loopback,
/// with the settings of the example deployment (docs/operations.md) less TLS: round robin per request with no
/// stickiness, health checks on <c>/healthz</c>, <c>X-Forwarded-For</c> set by the proxy alone (<c>option forwardfor</c>),
/// and no retries by the proxy (a client retries a submission with its Idempotency-Key). Two additions for tests,
/// neither of which the app sees: every answer names the server that gave it (<see cref="ServedByHeader"/>), and a
/// request can ask for a server by name (<see cref="PinHeader"/>) so a test can say "through this instance, then that
/// one". Its configuration and output live in a temporary directory; stopped and deleted on dispose.
/// </summary>
public sealed class HaProxy : IDisposable
{
    /// <summary>Response header naming the server (<c>web1</c>, <c>web2</c>, …) that answered.</summary>
    public const string ServedByHeader = "X-Served-By";

    /// <summary>Request header naming the server that must answer (ignored while that server is down).</summary>
    public const string PinHeader = "X-Pin-Instance";

    private readonly string _directory = Directory.CreateTempSubdirectory("alliance-haproxy-").FullName;
    private readonly IReadOnlyList<(string Name, Uri Address)> _servers;
    private readonly StringBuilder _output = new();
    private Process? _process;

    public HaProxy(IReadOnlyList<(string Name, Uri Address)> servers)
    {
        _servers = servers;
        BaseAddress = LoopbackPort.FreeAddress();
    }

    public Uri BaseAddress { get; }

    /// <summary>The running HAProxy's process id, or null when it is not running.</summary>
    public int? ProcessId => _process is { HasExited: false } ? _process.Id : null;

    /// <summary>The HAProxy binary: <c>haproxy</c> on PATH, else Debian's /usr/sbin/haproxy; null when not installed.</summary>
    public static string? Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Select(dir => Path.Combine(dir, "haproxy")).FirstOrDefault(File.Exists);

    /// <summary>What HAProxy printed (warnings, errors), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Checks the configuration, starts HAProxy in the foreground and returns once it accepts connections.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        var executable = Executable ?? throw new InvalidOperationException(
            "HAProxy is not installed: tests/run installs the Debian package haproxy (or run apt-get install haproxy)");
        var config = Path.Combine(_directory, "haproxy.cfg");
        await File.WriteAllTextAsync(config, Configuration(), ct);
        using (var check = Run(executable, "-c", "-q", "-f", config))
        {
            await check.WaitForExitAsync(ct);
            if (check.ExitCode != 0)
            {
                throw new InvalidOperationException($"haproxy -c refused {config}: {Output}");
            }
        }
        _process = Run(executable, "-db", "-f", config);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"haproxy exited with {_process.ExitCode}: {Output}");
            }
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(BaseAddress.Host, BaseAddress.Port, ct);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(25, ct);
            }
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit();
        }
        _process?.Dispose();
        _process = null;
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>
    /// Health checks every 250 ms (the deployment's 2 s would only make the tests wait), a server down after two
    /// failures: a killed instance, which refuses the connection, leaves the rotation within about half a second. Until
    /// then, and for any request that was in flight on it, its clients get a 502 or 503 from the proxy and send the
    /// request again. A live instance gets 2 s to answer a check (<c>timeout check</c>): on a loaded test machine 250 ms
    /// took the survivor out of the rotation too.
    /// </summary>
    private string Configuration()
    {
        var config = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"""
            global
                maxconn 2000

            defaults
                mode http
                retries 0
                timeout connect 2s
                timeout client 30s
                timeout server 30s
                timeout http-keep-alive 10s
                timeout check 2s

            frontend alliance
                bind {BaseAddress.Host}:{BaseAddress.Port}
                http-request del-header X-Forwarded-For
                option forwardfor
                default_backend web

            backend web
                balance roundrobin
                option httpchk GET /healthz
                http-check expect status 200
                default-server inter 250ms fall 2 rise 2
                http-response set-header {ServedByHeader} %[srv_name]

            """));
        foreach (var (name, _) in _servers)
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"    use-server {name} if {{ req.hdr({PinHeader}) -m str {name} }}");
        }
        foreach (var (name, address) in _servers)
        {
            config.AppendLine(CultureInfo.InvariantCulture, $"    server {name} {address.Host}:{address.Port} check");
        }
        return config.ToString();
    }

    private Process Run(string executable, params string[] args)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _directory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start haproxy");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            if (_output.Length < 20_000)
            {
                _output.AppendLine(line);
            }
        }
    }
}
