using System.Net;
using System.Net.Sockets;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Workspace;

internal static partial class Researchers
{
    /// <summary>
    /// A browser (own cookie jar, no redirects followed) whose connections come from <paramref name="loopback"/>, e.g.
    /// 127.0.0.2: Linux routes all of 127.0.0.0/8 to loopback, so tests can play clients at different addresses.
    /// </summary>
    public static HttpClient BrowserFrom(RunningApp app, string loopback)
    {
        var local = IPAddress.Parse(loopback);
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            ConnectCallback = async (context, ct) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, ct);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = app.BaseAddress };
    }
}
