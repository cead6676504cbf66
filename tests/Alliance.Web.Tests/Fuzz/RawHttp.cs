using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>
/// HTTP/1.1 over a plain socket, one connection per request (<c>Connection: close</c>), so a request can say what no
/// well-behaved client would: any method, an unnormalised path, a Content-Length that does not match its body.
/// </summary>
internal static class RawHttp
{
    public sealed record Answer(int Status, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>
    /// Sends <paramref name="head"/> lines (request line first, Host and Connection added) and <paramref name="body"/>;
    /// <paramref name="declaredLength"/> overrides the Content-Length sent. Status 0 when the server closed without
    /// answering.
    /// </summary>
    public static async Task<Answer> SendAsync(Uri server, IReadOnlyList<string> head, byte[] body, long? declaredLength,
        CancellationToken ct)
    {
        var text = new StringBuilder();
        foreach (var line in head)
        {
            text.Append(line).Append("\r\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"Host: {server.Authority}\r\nConnection: close\r\n");
        if (body.Length > 0 || declaredLength is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"Content-Length: {declaredLength ?? body.Length}\r\n");
        }
        text.Append("\r\n");
        using var client = new TcpClient { NoDelay = true };
        await client.ConnectAsync(server.Host, server.Port, ct);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), ct);
        await stream.WriteAsync(body, ct);
        using var received = new MemoryStream();
        try
        {
            var reading = stream.CopyToAsync(received, ct);
            if (declaredLength > body.Length && await Task.WhenAny(reading, Task.Delay(250, ct)) != reading)
            {
                // A body shorter than announced that the server waits for: end it, as a client that gave up would.
                client.Client.Shutdown(SocketShutdown.Send);
            }
            await reading;
        }
        catch (IOException)
        {
            // Reset after (or instead of) an answer: whatever arrived is parsed below.
        }
        return Parse(received.ToArray());
    }

    private static Answer Parse(byte[] raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || end < 0)
        {
            return new Answer(0, new Dictionary<string, string>(), text.Length > 200 ? text[..200] : text);
        }
        var lines = text[..end].Split("\r\n");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                var name = line[..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var before) ? before + ", " + value : value;
            }
        }
        return new Answer(int.Parse(lines[0].AsSpan(9, 3), CultureInfo.InvariantCulture), headers, text[(end + 4)..]);
    }
}
