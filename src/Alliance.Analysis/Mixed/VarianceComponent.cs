namespace Alliance.Analysis.Mixed;

/// <summary>The variance and standard deviation of one random effect (a row of lme4's <c>as.data.frame(VarCorr(m))</c>).</summary>
public sealed record VarianceComponent(string Group, string Term, double Variance, double Sd);
