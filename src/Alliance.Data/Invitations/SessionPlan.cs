namespace Alliance.Data.Invitations;

/// <summary>A session to record for a dyad: its number (unique per dyad) and the day it was or will be held.</summary>
public sealed record SessionPlan(Guid DyadId, int Number, DateOnly HeldOn);
