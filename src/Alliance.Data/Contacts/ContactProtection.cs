using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace Alliance.Data.Contacts;

/// <summary>
/// Encrypts contact details with the data-protection key ring under their own purpose (<see cref="Purpose"/>): the ring
/// lives in the database but each key is wrapped by the key-encryption key outside it (docs/operations.md,
/// "Configuration for several instances"), so a dump of the database alone reveals no address. Expired keys stay in the
/// ring for reading, so details stored years ago still open.
/// </summary>
public sealed class ContactProtection(IDataProtectionProvider protection)
{
    public const string Purpose = "Alliance.Contacts.v1";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    /// <summary>The stored form; null for no details at all.</summary>
    public byte[]? Protect(ContactDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return details.IsEmpty ? null : _protector.Protect(JsonSerializer.SerializeToUtf8Bytes(details, JsonSerializerOptions.Web));
    }

    /// <summary>The details of a stored value; empty details for null.</summary>
    public ContactDetails Unprotect(byte[]? stored) => stored is null
        ? new ContactDetails(null, null)
        : JsonSerializer.Deserialize<ContactDetails>(_protector.Unprotect(stored), JsonSerializerOptions.Web) ?? new ContactDetails(null, null);
}
