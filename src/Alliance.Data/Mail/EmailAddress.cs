using System.Net.Mail;

namespace Alliance.Data.Mail;

/// <summary>E-mail addresses as entered by people: checked, trimmed, and masked for display.</summary>
public static class EmailAddress
{
    /// <summary>Longest address accepted (RFC 5321's path limit).</summary>
    public const int MaxLength = 254;

    /// <summary>
    /// True when <paramref name="text"/> is one plain address (<c>local@domain.tld</c>, no display name, no list);
    /// <paramref name="address"/> is then the trimmed address with its domain lower-cased.
    /// </summary>
    public static bool TryNormalise(string? text, out string address)
    {
        address = "";
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxLength || trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) ||
            trimmed.Contains('<', StringComparison.Ordinal) || trimmed.Contains(',', StringComparison.Ordinal))
        {
            return false;
        }
        if (!MailAddress.TryCreate(trimmed, out var parsed) || parsed.Address != trimmed || parsed.DisplayName.Length > 0)
        {
            return false;
        }
        var at = trimmed.LastIndexOf('@');
        var domain = trimmed[(at + 1)..];
        // A dotted domain: "a@localhost" parses, but no participant has such an address.
        if (at < 1 || !domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.'))
        {
            return false;
        }
        address = trimmed[..(at + 1)] + domain.ToLowerInvariant();
        return true;
    }

    /// <summary>The address with all but the first character of its local part hidden: <c>a•••@example.org</c>.</summary>
    public static string Mask(string address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var at = address.LastIndexOf('@');
        return at < 1 ? "•••" : address[..1] + "•••" + address[at..];
    }
}
