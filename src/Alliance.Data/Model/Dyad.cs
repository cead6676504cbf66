namespace Alliance.Data.Model;

/// <summary>A therapist × client pairing, the unit whose two forms per session are analysed together.</summary>
public sealed class Dyad
{
    public long StudyId { get; set; }

    public Guid DyadId { get; set; }

    /// <summary>Pseudonymous code, unique in the study (the demo uses <c>T01-C01</c>).</summary>
    public required string Code { get; set; }

    public Guid TherapistId { get; set; }

    public Guid ClientId { get; set; }

    public DateOnly StartedOn { get; set; }

    public DateOnly? EndedOn { get; set; }

    /// <summary>Arm or condition of the study design; null when the study has none.</summary>
    public string? Arm { get; set; }
}
