using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Alliance.Testing.Hosting;

/// <summary>A loopback port that was free a moment ago, for a server process that must be told its port in advance.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Uri FreeAddress() => new(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{Free()}/"));
}
