using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Mail;

/// <summary>The site configured with an SMTP server on a loopback port where nothing listens.</summary>
public sealed class UnreachableSmtpApp : RunningApp
{
    public int DeadPort { get; } = FreePort();

    protected override IEnumerable<string> Settings =>
        ["--Mail:Host", "127.0.0.1", "--Mail:Port", DeadPort.ToString(CultureInfo.InvariantCulture), "--Mail:Tls", "None",
         "--Mail:Interval", "00:00:01", "--Mail:Timeout", "00:00:05"];

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
