using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>Bland–Altman agreement of two measurements of the same targets (differences first − second).</summary>
/// <param name="N">Pairs with both measurements.</param>
/// <param name="Bias">Mean difference.</param>
/// <param name="DifferenceSd">Sd of the differences (N−1).</param>
/// <param name="LowerLimit">Bias − 1.96 sd.</param>
/// <param name="UpperLimit">Bias + 1.96 sd.</param>
/// <param name="BiasInterval">Bias ± t(n−1) · sd/√n.</param>
/// <param name="LowerLimitInterval">Lower limit ± t(n−1) · √(3 sd²/n).</param>
/// <param name="UpperLimitInterval">Upper limit ± t(n−1) · √(3 sd²/n).</param>
public sealed record BlandAltmanResult(
    int N,
    double Bias,
    double DifferenceSd,
    double LowerLimit,
    double UpperLimit,
    ConfidenceInterval BiasInterval,
    ConfidenceInterval LowerLimitInterval,
    ConfidenceInterval UpperLimitInterval);
