using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Alliance.Data.Accounts;

/// <summary>
/// One-time passwords for authenticator apps: HOTP (RFC 4226 §5.3, dynamic truncation of an HMAC of the 8-byte
/// big-endian counter) over the time step of RFC 6238 §4 (T = floor(Unix time / <see cref="StepSeconds"/>), T0 = 0).
/// The parameters apps assume when the <c>otpauth://</c> URI names none: 30-second steps, 6 digits, HMAC-SHA-1.
/// Verification accepts the step before and after the current one (RFC 6238 §5.2 recommends at most one step of
/// drift) and never a step at or before the last one accepted, so a code cannot be used twice.
/// </summary>
public static class Totp
{
    public const int StepSeconds = 30;

    public const int Digits = 6;

    /// <summary>Secret length in bytes: 160 bits, the HMAC-SHA-1 output size RFC 4226 §4 (R6) recommends.</summary>
    public const int SecretBytes = 20;

    /// <summary>A new random secret.</summary>
    public static byte[] NewSecret() => RandomNumberGenerator.GetBytes(SecretBytes);

    /// <summary>The RFC 6238 time step of <paramref name="at"/>.</summary>
    public static long StepOf(DateTimeOffset at) => at.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The HOTP value of <paramref name="counter"/> as <paramref name="digits"/> decimal digits, zero-padded.</summary>
    public static string Hotp(byte[] key, long counter, int digits = Digits, HashAlgorithmName? algorithm = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 6);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 9);
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(message, counter);
        var hash = Mac(algorithm ?? HashAlgorithmName.SHA1, key, message);
        // RFC 4226 §5.3: the low nibble of the last byte picks 4 bytes; their top bit is dropped.
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7fffffff;
        var modulus = (int)Math.Pow(10, digits);
        return (binary % modulus).ToString(CultureInfo.InvariantCulture).PadLeft(digits, '0');
    }

    /// <summary>The code an app shows at <paramref name="at"/>.</summary>
    public static string CodeAt(byte[] key, DateTimeOffset at, int digits = Digits, HashAlgorithmName? algorithm = null) =>
        Hotp(key, StepOf(at), digits, algorithm);

    /// <summary>
    /// The time step whose code <paramref name="code"/> is (the current one or one either side), if it is later than
    /// <paramref name="lastUsedStep"/>; null when the code is wrong, malformed or was used already. Compared in
    /// constant time per step.
    /// </summary>
    public static long? Match(byte[] key, string code, DateTimeOffset now, long? lastUsedStep)
    {
        ArgumentNullException.ThrowIfNull(code);
        var given = code.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (given.Length != Digits || !given.All(char.IsAsciiDigit))
        {
            return null;
        }
        var current = StepOf(now);
        long? found = null;
        for (var step = current - 1; step <= current + 1; step++)
        {
            var expected = Hotp(key, step);
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given))
                && step > (lastUsedStep ?? long.MinValue))
            {
                found ??= step;
            }
        }
        return found;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5350:Do Not Use Weak Cryptographic Algorithms",
        Justification = "HMAC-SHA-1 is what RFC 6238 and every authenticator app use; HMAC's security does not rest on SHA-1's collision resistance (RFC 4226 appendix A).")]
    private static byte[] Mac(HashAlgorithmName algorithm, byte[] key, ReadOnlySpan<byte> message)
    {
        if (algorithm == HashAlgorithmName.SHA1)
        {
            return HMACSHA1.HashData(key, message);
        }
        if (algorithm == HashAlgorithmName.SHA256)
        {
            return HMACSHA256.HashData(key, message);
        }
        if (algorithm == HashAlgorithmName.SHA512)
        {
            return HMACSHA512.HashData(key, message);
        }
        throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "RFC 6238 names SHA-1, SHA-256 and SHA-512.");
    }
}
