namespace Alliance.Data.Listing;

/// <summary>One dyad as the participants page lists it.</summary>
public sealed record DyadLine(string Code, string Therapist, string Client, string? Arm, DateOnly StartedOn);
