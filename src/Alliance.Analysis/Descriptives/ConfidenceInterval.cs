namespace Alliance.Analysis.Descriptives;

/// <summary>A two-sided confidence interval with its coverage (0.95 for a 95% interval).</summary>
public readonly record struct ConfidenceInterval(double Level, double Lower, double Upper);
