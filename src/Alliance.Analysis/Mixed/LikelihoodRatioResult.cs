namespace Alliance.Analysis.Mixed;

/// <summary>A likelihood-ratio test of <see cref="Smaller"/> against <see cref="Larger"/> (both ML fits): χ², its degrees of freedom and p value.</summary>
public sealed record LikelihoodRatioResult(MixedModelFit Smaller, MixedModelFit Larger, double ChiSquare, int Df, double P);
