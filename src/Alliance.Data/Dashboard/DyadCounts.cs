namespace Alliance.Data.Dashboard;

/// <summary>One dyad of the dashboard's table with its therapist's, client's and arm's codes, its sessions with links, and its counts.</summary>
public sealed record DyadCounts(Guid DyadId, string Code, string Therapist, string Client, string? Arm, int Sessions, CompletionCounts Counts);
