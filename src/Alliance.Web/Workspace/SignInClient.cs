using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Alliance.Web.Workspace;

/// <summary>
/// The client a sign-in attempt is counted against: its IPv4 address, or the /64 prefix of its IPv6 address (one
/// host usually holds a whole /64, so counting single IPv6 addresses would let it rotate through 2^64 of them). The
/// address is the connection's, as the forwarded-headers middleware left it behind a configured proxy.
/// </summary>
internal static class SignInClient
{
    public static string Of(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return string.Create(CultureInfo.InvariantCulture, $"{new IPAddress(bytes)}/64");
    }
}
