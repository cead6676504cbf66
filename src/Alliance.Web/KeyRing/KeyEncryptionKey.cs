using System.Globalization;
using System.Security.Cryptography;

namespace Alliance.Web.KeyRing;

/// <summary>
/// One 256-bit AES key that encrypts the data-protection key ring at rest. Its <see cref="Id"/> (the first eight
/// bytes of its SHA-256, in hex) is written next to every key it encrypted, so an instance can tell which of its keys
/// to use, and say which one it lacks, without trying each; it tells nothing about the key itself.
/// </summary>
internal sealed class KeyEncryptionKey
{
    public const int Length = 32;

    private KeyEncryptionKey(byte[] material)
    {
        Material = material;
        Id = Convert.ToHexStringLower(SHA256.HashData(material).AsSpan(0, 8));
    }

    public string Id { get; }

    public byte[] Material { get; }

    /// <summary>A fresh random key.</summary>
    public static KeyEncryptionKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>
    /// The key in <paramref name="base64"/>, which must decode to exactly <see cref="Length"/> bytes; the error names
    /// <paramref name="source"/> (a setting or a file) but never the value.
    /// </summary>
    public static KeyEncryptionKey Parse(string base64, string source)
    {
        var bytes = new byte[Length + 3];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var written) || written != Length)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{source} must be the base64 of {Length} random bytes (for example the output of 'openssl rand -base64 32'); it is not."));
        }
        return new KeyEncryptionKey(bytes[..Length]);
    }

    public string ToBase64() => Convert.ToBase64String(Material);
}
