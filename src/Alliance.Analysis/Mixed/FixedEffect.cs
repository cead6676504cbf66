namespace Alliance.Analysis.Mixed;

/// <summary>A fixed-effect coefficient as lme4's <c>summary()</c> reports it: estimate, standard error σ̂·√[(R_XᵀR_X)⁻¹]ᵢᵢ and t = estimate / SE.</summary>
public sealed record FixedEffect(string Term, double Estimate, double StdError, double T);
