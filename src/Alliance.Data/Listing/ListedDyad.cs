namespace Alliance.Data.Listing;

/// <summary>A dyad as the sessions page lists it: code, its two people, and the number its next session gets by default.</summary>
public sealed record ListedDyad(Guid DyadId, string Code, Guid ClientId, Guid TherapistId, int NextNumber);
