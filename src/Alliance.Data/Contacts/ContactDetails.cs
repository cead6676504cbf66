namespace Alliance.Data.Contacts;

/// <summary>
/// A participant's contact details (issue #17 item 1): an e-mail address for invitations and reminders, a phone number
/// for the study team. Stored only encrypted (<see cref="ContactProtection"/>) in <c>clients.contact_encrypted</c> /
/// <c>therapists.contact_encrypted</c>.
/// </summary>
public sealed record ContactDetails(string? Email, string? Phone)
{
    public bool IsEmpty => Email is null && Phone is null;
}
