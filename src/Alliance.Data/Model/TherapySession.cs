namespace Alliance.Data.Model;

/// <summary>One therapy session of a dyad (table <c>sessions</c>); numbers are unique per dyad.</summary>
public sealed class TherapySession
{
    public long StudyId { get; set; }

    public Guid SessionId { get; set; }

    public Guid DyadId { get; set; }

    public int Number { get; set; }

    public DateOnly? HeldOn { get; set; }
}
