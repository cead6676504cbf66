using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Alliance.Data.Model;
using Microsoft.AspNetCore.Identity;

namespace Alliance.Data.Accounts;

/// <summary>
/// Researcher password hashes, made by ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (the framework's
/// hasher: its version 3 format, PBKDF2 with HMAC-SHA-512, a random salt and the framework's iteration count, as a
/// self-describing base64 string). Hashes of the earlier <c>pbkdf2-sha256$iterations$salt$hash</c> form, written
/// before the switch, still verify, and <see cref="Verify"/> reports them as due for rehashing.
/// </summary>
public static class PasswordHashing
{
    private const string LegacyScheme = "pbkdf2-sha256";

    private static readonly PasswordHasher<ResearcherAccount> Hasher = new();

    /// <summary>Hashes <paramref name="password"/> with a fresh salt.</summary>
    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Whether <paramref name="password"/> matches <paramref name="encoded"/> (constant-time compare).</summary>
    public static bool Verify(string password, string encoded) => Check(password, encoded) != PasswordVerificationResult.Failed;

    /// <summary>
    /// Verifies and says whether the stored hash should be replaced by <see cref="Hash"/> of the same password
    /// (legacy format, or the framework's parameters changed since it was made).
    /// </summary>
    public static PasswordVerificationResult Check(string password, string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (encoded.StartsWith(LegacyScheme + "$", StringComparison.Ordinal))
        {
            return VerifyLegacy(password, encoded) ? PasswordVerificationResult.SuccessRehashNeeded : PasswordVerificationResult.Failed;
        }
        try
        {
            return Hasher.VerifyHashedPassword(null!, encoded, password);
        }
        catch (FormatException)
        {
            return PasswordVerificationResult.Failed;
        }
    }

    private static bool VerifyLegacy(string password, string encoded)
    {
        var parts = encoded.Split('$');
        if (parts.Length != 4
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }
        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
