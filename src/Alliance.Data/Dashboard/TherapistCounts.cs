namespace Alliance.Data.Dashboard;

/// <summary>One therapist's visible dyads and their counts taken together.</summary>
public sealed record TherapistCounts(string Therapist, int Dyads, CompletionCounts Counts);
