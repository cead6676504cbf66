namespace Alliance.Data.Model;

/// <summary>A client, known only by a pseudonymous code within the study.</summary>
public sealed class Client
{
    public long StudyId { get; set; }

    public Guid ClientId { get; set; }

    public required string Code { get; set; }

    /// <summary>Contact details for invitations, encrypted by the application (never stored in clear); optional.</summary>
    public byte[]? ContactEncrypted { get; set; }

    /// <summary>
    /// The language the client's links are issued in (BCP 47 tag, one of the study's <see cref="Study.Languages"/>); null
    /// for the study's first language. See <see cref="Invitations.ParticipantLanguage"/>.
    /// </summary>
    public string? Language { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
