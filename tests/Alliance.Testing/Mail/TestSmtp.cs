using System.Diagnostics;
using System.Net.Sockets;
using Alliance.Testing.Hosting;

namespace Alliance.Testing.Mail;

/// <summary>
/// The real SMTP server of a test run: <c>ALLIANCE_TEST_SMTP</c> (host:port) and <c>ALLIANCE_TEST_MAILDIR</c>, set by
/// <c>tests/run</c>, which starts Debian's aiosmtpd on loopback keeping every accepted message in a Maildir; else one
/// such server per test process, started here and stopped when the process exits.
/// </summary>
public static class TestSmtp
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (string Host, int Port, string Maildir)? _own;

    /// <summary>The server's host, port and the Maildir its messages land in.</summary>
    public static async Task<(string Host, int Port, string Maildir)> EndpointAsync()
    {
        var configured = Environment.GetEnvironmentVariable("ALLIANCE_TEST_SMTP");
        var maildir = Environment.GetEnvironmentVariable("ALLIANCE_TEST_MAILDIR");
        if (!string.IsNullOrWhiteSpace(configured) && !string.IsNullOrWhiteSpace(maildir))
        {
            var colon = configured.LastIndexOf(':');
            return (configured[..colon], int.Parse(configured[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), maildir);
        }
        await Gate.WaitAsync().ConfigureAwait(false);
        try
        {
            return _own ??= await StartOwnAsync().ConfigureAwait(false);
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(string, int, string)> StartOwnAsync()
    {
        var port = LoopbackPort.Free();
        var maildir = Path.Combine(Path.GetTempPath(), $"alliance-test-mail-{Environment.ProcessId}");
        var server = Process.Start(new ProcessStartInfo("/usr/bin/python3",
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir]))
            ?? throw new InvalidOperationException("aiosmtpd did not start (apt-get install python3-aiosmtpd)");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Kill();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync("127.0.0.1", port).ConfigureAwait(false);
                return ("127.0.0.1", port, maildir);
            }
            catch (SocketException)
            {
                await Task.Delay(100).ConfigureAwait(false);
            }
        }
        throw new InvalidOperationException("aiosmtpd did not listen on port " + port);
    }
}
