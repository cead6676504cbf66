using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>A correlation coefficient with its Fisher-z confidence interval.</summary>
/// <param name="Method">"pearson" or "spearman".</param>
/// <param name="N">Pairs with both values present (pairwise deletion).</param>
/// <param name="R">The coefficient.</param>
/// <param name="Interval">tanh(atanh r ± z₁₋α/₂ / √(n − 3)); NaN bounds when n ≤ 3.</param>
public sealed record CorrelationEstimate(string Method, int N, double R, ConfidenceInterval Interval);
