namespace Alliance.Analysis.Ruptures;

/// <summary>One client's alliance score at one session.</summary>
public sealed record SessionScore(string Client, double Session, double Score);
