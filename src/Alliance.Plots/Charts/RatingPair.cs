namespace Alliance.Plots.Charts;

/// <summary>The client's and the therapist's score for the same target (a session or a dyad mean).</summary>
public sealed record RatingPair(string Label, double Client, double Therapist);
