using Alliance.Analysis.Agreement;

namespace Alliance.Cli.Analyses;

/// <summary>Correlations of one pair of raters; null when undefined (see the diagnostics).</summary>
internal sealed record RaterPair(string First, string Second, CorrelationEstimate? Pearson, CorrelationEstimate? Spearman);
