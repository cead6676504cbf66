namespace Alliance.Plots.Charts;

/// <summary>One session of a dyad: the client's and the therapist's score (null when not rated).</summary>
public sealed record SessionScore(int Session, double? Client, double? Therapist);
