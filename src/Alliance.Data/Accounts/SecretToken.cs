using System.Security.Cryptography;
using System.Text;

namespace Alliance.Data.Accounts;

/// <summary>
/// Random bearer secrets (invitation link tokens, API tokens): 256 bits from the OS CSPRNG, base64url without
/// padding (43 characters). Only <see cref="HashOf"/> (SHA-256 of the UTF-8 text) is stored.
/// </summary>
public static class SecretToken
{
    /// <summary>A new token.</summary>
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>SHA-256 of the token's UTF-8 bytes, as stored in <c>token_hash</c>.</summary>
    public static byte[] HashOf(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
