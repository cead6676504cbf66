namespace Alliance.Data.Model;

/// <summary>A participant's consent, given through an invitation, with the hash of the consent text they saw.</summary>
public sealed class ConsentRecord
{
    public long StudyId { get; set; }

    public Guid ConsentId { get; set; }

    public Guid InvitationId { get; set; }

    public required string ConsentTextHash { get; set; }

    public DateTimeOffset GivenAt { get; set; }
}
