namespace Alliance.Testing.Accounts;

/// <summary>
/// What a person's authenticator app does with the secret the two-factor page shows: reads it as RFC 4648 base32
/// (upper case, no padding; whitespace around it ignored). Written apart from the product's encoder
/// (Alliance.Data.Accounts.Base32), so the tests check what the page shows, not the encoder against itself.
/// </summary>
public static class AuthenticatorApp
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The secret's bytes.</summary>
    public static byte[] ReadSecret(string shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in shown.Trim())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character");
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
