using System.Net.Mail;

namespace Alliance.Data.Model;

/// <summary>
/// Whom participants can ask about a study: a name (optional) and an e-mail address or a phone number (at least one),
/// shown on the participant pages. <see cref="Study"/> stores it in three columns; a study without one has none.
/// </summary>
public sealed record StudyContact(string? Name, string? Email, string? Phone)
{
    public const int MaxNameLength = 200;

    public const int MaxEmailLength = 254;

    public const int MaxPhoneLength = 40;

    /// <summary>The contact of a study's three columns; null when none is set.</summary>
    public static StudyContact? Of(string? name, string? email, string? phone) =>
        name is null && email is null && phone is null ? null : new StudyContact(name, email, phone);

    /// <summary>
    /// Whether <paramref name="email"/> is one plain address (<c>name@example.org</c>): no display name, no second
    /// address, no spaces, a dot in the domain, and at most <see cref="MaxEmailLength"/> characters (RFC 5321's limit).
    /// </summary>
    public static bool IsEmailAddress(string email)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (email.Length > MaxEmailLength || email.Any(char.IsWhiteSpace) || !MailAddress.TryCreate(email, out var parsed))
        {
            return false;
        }
        return parsed.Address == email && parsed.DisplayName.Length == 0 && parsed.Host.Contains('.', StringComparison.Ordinal)
            && !parsed.Host.StartsWith('.') && !parsed.Host.EndsWith('.');
    }

    /// <summary>Whether <paramref name="phone"/> looks like a phone number: digits (at least three), spaces and <c>+ ( ) - / .</c>.</summary>
    public static bool IsPhoneNumber(string phone)
    {
        ArgumentNullException.ThrowIfNull(phone);
        return phone.Length <= MaxPhoneLength && phone.Count(char.IsAsciiDigit) >= 3
            && phone.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-' or '/' or '.');
    }
}
