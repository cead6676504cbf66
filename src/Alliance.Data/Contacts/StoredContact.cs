namespace Alliance.Data.Contacts;

/// <summary>A participant with stored contact details, as read for a page (still encrypted).</summary>
public sealed record StoredContact(string Role, Guid ParticipantId, string Code, byte[] Encrypted);
