namespace Alliance.Plots.Charts;

/// <summary>All observed scores of one subscale (e.g. Task, Bond, Goal).</summary>
public sealed record SubscaleScores(string Subscale, IReadOnlyList<double> Scores);
