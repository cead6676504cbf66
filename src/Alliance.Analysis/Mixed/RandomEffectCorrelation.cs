namespace Alliance.Analysis.Mixed;

/// <summary>The correlation of two random effects of the same term and grouping factor.</summary>
public sealed record RandomEffectCorrelation(string Group, string Term1, string Term2, double R);
