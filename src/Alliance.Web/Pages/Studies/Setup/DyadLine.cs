namespace Alliance.Web.Pages.Studies.Setup;

/// <summary>One dyad as the participants page lists it.</summary>
public sealed record DyadLine(string Code, string Therapist, string Client, string? Arm, DateOnly StartedOn);
