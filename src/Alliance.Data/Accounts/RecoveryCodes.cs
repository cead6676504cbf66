using System.Security.Cryptography;
using System.Text;

namespace Alliance.Data.Accounts;

/// <summary>
/// Two-factor recovery codes: <see cref="Count"/> per enrolment, each 80 random bits as 16 base32 characters in
/// groups of four (<c>ABCD-EFGH-IJKL-MNOP</c>). Stored as the SHA-256 of the normalised code: with 80 bits of entropy
/// a fast hash is enough (nobody can search the space), as for <see cref="SecretToken"/>.
/// </summary>
public static class RecoveryCodes
{
    public const int Count = 10;

    /// <summary>Fresh codes, to show once.</summary>
    public static IReadOnlyList<string> Create() =>
        [.. Enumerable.Range(0, Count).Select(_ => string.Join('-', Base32.Encode(RandomNumberGenerator.GetBytes(10)).Chunk(4).Select(c => new string(c))))];

    /// <summary>The stored hash of a code as typed: case, spaces and dashes do not matter.</summary>
    public static byte[] HashOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        var normal = new string([.. code.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        return SHA256.HashData(Encoding.UTF8.GetBytes(normal));
    }
}
