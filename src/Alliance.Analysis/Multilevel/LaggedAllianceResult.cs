using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>The lagged model's β1 (<see cref="Within"/>: within-patient alliance), β2 (<see cref="Between"/>: client mean) and β3 (<see cref="Autoregressive"/>: Sym_t).</summary>
public sealed record LaggedAllianceResult(MixedModelFit Fit, FixedEffect Within, FixedEffect Between, FixedEffect Autoregressive);
