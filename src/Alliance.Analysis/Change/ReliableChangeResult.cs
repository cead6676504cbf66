namespace Alliance.Analysis.Change;

/// <summary>Reliable change of one person.</summary>
/// <param name="Index">RC = (post − pre) / denominator.</param>
/// <param name="Reliable">|RC| exceeds the critical value (1.96 for 95%).</param>
/// <param name="StandardErrorOfMeasurement">SE = s₁√(1 − rₓₓ).</param>
/// <param name="Denominator">The divisor actually used (see <paramref name="Variant"/>).</param>
/// <param name="Variant">Which SE formula was used, recorded for reports.</param>
public sealed record ReliableChangeResult(
    double Index,
    bool Reliable,
    double StandardErrorOfMeasurement,
    double Denominator,
    ChangeStandardError Variant);
