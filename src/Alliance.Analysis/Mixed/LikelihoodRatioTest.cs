using MathNet.Numerics;

namespace Alliance.Analysis.Mixed;

/// <summary>
/// Likelihood-ratio comparison of two nested linear mixed models, as lme4's <c>anova(m0, m1)</c>: both are
/// (re)fitted by maximum likelihood (REML criteria are not comparable across fixed effects), χ² = deviance₀ −
/// deviance₁ on df = k₁ − k₀ parameters, p = P(χ²_df ≥ χ²). The test is conservative for variance
/// components tested at their boundary (the χ² mixture is not applied, as in lme4). Nesting is the caller's claim.
/// </summary>
public static class LikelihoodRatioTest
{
    public static LikelihoodRatioResult Compare(MixedData data, string smaller, string larger)
    {
        var ml = new MixedModelOptions { Reml = false };
        var m0 = LinearMixedModel.Fit(data, smaller, ml);
        var m1 = LinearMixedModel.Fit(data, larger, ml);
        var df = m1.Parameters - m0.Parameters;
        if (df <= 0)
        {
            throw new ArgumentException($"'{larger}' has {m1.Parameters} parameters, not more than the {m0.Parameters} of '{smaller}'", nameof(larger));
        }
        if (m0.NObs != m1.NObs)
        {
            throw new ArgumentException($"the models use different rows ({m0.NObs} and {m1.NObs}) because of missing values", nameof(larger));
        }
        var chiSquare = Math.Max(0, m0.Deviance - m1.Deviance);
        var p = SpecialFunctions.GammaUpperRegularized(df / 2.0, chiSquare / 2);
        return new LikelihoodRatioResult(m0, m1, chiSquare, df, p);
    }
}
