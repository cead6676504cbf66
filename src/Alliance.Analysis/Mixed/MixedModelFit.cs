namespace Alliance.Analysis.Mixed;

/// <summary>
/// A fitted linear mixed model, with the quantities lme4 reports. Conventions (as lme4 1.1):
/// σ̂² = r²/(n − p) under REML and r²/n under ML; for a REML fit <see cref="LogLikelihood"/> is the REML
/// log-likelihood (−½ REML criterion, as <c>logLik(m)</c>) and <see cref="Deviance"/> is the ML deviance at the
/// REML estimates (<c>deviance(m, REML = FALSE)</c>); AIC = −2ℓ + 2k, BIC = −2ℓ + k·log n with
/// k = fixed effects + θ parameters + 1.
/// </summary>
public sealed record MixedModelFit
{
    /// <summary>The formula as given.</summary>
    public required string Formula { get; init; }

    /// <summary>True for a REML fit, false for maximum likelihood.</summary>
    public required bool Reml { get; init; }

    /// <summary>Rows used (complete cases).</summary>
    public required int NObs { get; init; }

    /// <summary>Number of levels of each grouping factor, by lme4 name (<c>client:therapist</c>).</summary>
    public required IReadOnlyDictionary<string, int> Groups { get; init; }

    /// <summary>Fixed effects in model-matrix order.</summary>
    public required IReadOnlyList<FixedEffect> Fixed { get; init; }

    /// <summary>Random-effect variances and SDs, terms in lme4's order (factors by decreasing number of levels).</summary>
    public required IReadOnlyList<VarianceComponent> Random { get; init; }

    /// <summary>Correlations within each correlated random term.</summary>
    public required IReadOnlyList<RandomEffectCorrelation> Correlations { get; init; }

    /// <summary>σ̂, the residual SD (<c>sigma(m)</c>).</summary>
    public required double ResidualSd { get; init; }

    /// <summary>The REML criterion at the optimum (<c>REMLcrit(m)</c>); null for an ML fit.</summary>
    public required double? RemlCriterion { get; init; }

    /// <summary>ML or REML log-likelihood, as <c>logLik(m)</c>.</summary>
    public required double LogLikelihood { get; init; }

    /// <summary>ML deviance (for a REML fit, at the REML estimates: <c>deviance(m, REML = FALSE)</c>).</summary>
    public required double Deviance { get; init; }

    /// <summary>AIC = −2ℓ + 2k (<c>AIC(m)</c>).</summary>
    public required double Aic { get; init; }

    /// <summary>BIC = −2ℓ + k·log n (<c>BIC(m)</c>).</summary>
    public required double Bic { get; init; }

    /// <summary>Covariance parameters θ (lower triangles of each Λ block, column-major, lme4's <c>getME(m, "theta")</c>).</summary>
    public required IReadOnlyList<double> Theta { get; init; }

    /// <summary>Covariance matrix of the fixed effects (<c>vcov(m)</c>), row-major.</summary>
    public required IReadOnlyList<double> FixedCovariance { get; init; }

    /// <summary>Conditional modes per random term (<c>ranef(m)</c>).</summary>
    public required IReadOnlyList<GroupModes> ConditionalModes { get; init; }

    /// <summary>Whether the optimiser met its tolerance within the evaluation cap.</summary>
    public required bool Converged { get; init; }

    /// <summary>True when a variance is at the boundary (lme4's <c>isSingular</c>).</summary>
    public required bool Singular { get; init; }

    /// <summary>Deviance evaluations used by the optimiser and the final polish.</summary>
    public required int Evaluations { get; init; }

    /// <summary>Largest absolute finite-difference gradient of the criterion in θ over coordinates not at a bound.</summary>
    public required double MaxGradient { get; init; }

    /// <summary>Warnings in words: non-convergence, singular fit.</summary>
    public required IReadOnlyList<string> Messages { get; init; }

    /// <summary>Number of estimated parameters k used in AIC and BIC.</summary>
    public int Parameters => Fixed.Count + Theta.Count + 1;

    /// <summary>The estimate of the fixed-effect term <paramref name="term"/> of the formula.</summary>
    /// <exception cref="AnalysisInputException">The term was dropped because the fixed-effects model matrix is rank
    /// deficient (as lme4 drops it): in these data it is constant or a linear combination of the other terms.</exception>
    public FixedEffect FixedEffect(string term) =>
        Fixed.FirstOrDefault(f => f.Term == term) ?? throw new AnalysisInputException(
            $"'{term}' cannot be estimated: the fixed-effects model matrix is rank deficient, so it was dropped from {Formula} "
            + "(in these data it is constant or a linear combination of the other fixed effects)", term);
}
