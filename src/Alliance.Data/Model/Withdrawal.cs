namespace Alliance.Data.Model;

/// <summary>A participant's withdrawal: of one invitation, or of a client or therapist from the study.</summary>
public sealed class Withdrawal
{
    public long StudyId { get; set; }

    public Guid WithdrawalId { get; set; }

    public Guid? InvitationId { get; set; }

    public Guid? ClientId { get; set; }

    public Guid? TherapistId { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset WithdrawnAt { get; set; }
}
