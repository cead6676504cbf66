namespace Alliance.Analysis.Mixed;

/// <summary>Options for <see cref="LinearMixedModel.Fit(MixedData, string, MixedModelOptions?)"/>; defaults follow <c>lme4::lmer</c>.</summary>
public sealed record MixedModelOptions
{
    /// <summary>REML (default, as lmer) or maximum likelihood.</summary>
    public bool Reml { get; init; } = true;

    /// <summary>Cap on deviance evaluations by the optimiser; reaching it is reported as non-convergence.</summary>
    public int MaxEvaluations { get; init; } = 20000;

    /// <summary>A diagonal element of Λ below this marks a singular fit (lme4's <c>isSingular(tol = 1e-4)</c>).</summary>
    public double SingularTolerance { get; init; } = 1e-4;
}
