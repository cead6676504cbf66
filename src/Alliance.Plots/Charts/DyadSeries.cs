namespace Alliance.Plots.Charts;

/// <summary>One dyad's (or one person's) score per session, for a spaghetti plot.</summary>
public sealed record DyadSeries(string Dyad, IReadOnlyList<double> Sessions, IReadOnlyList<double> Scores);
