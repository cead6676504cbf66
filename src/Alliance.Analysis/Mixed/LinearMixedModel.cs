namespace Alliance.Analysis.Mixed;

/// <summary>
/// Linear mixed models fitted as <c>lme4::lmer</c> does: the profiled REML or ML deviance
/// (Bates, Mächler, Bolker &amp; Walker 2015, J Stat Softw 67(1)) minimised over θ with lower bound 0 on
/// the diagonal of each relative covariance factor, from lme4's start (identity). Rows with a missing
/// value in any variable of the formula are dropped (<c>na.omit</c>). The optimiser is a bounded
/// Nelder–Mead with restarts rather than lme4's BOBYQA; both converge to the same optimum within
/// the tolerances tested (1e-5 relative against lme4 1.1-31).
/// </summary>
public static class LinearMixedModel
{
    /// <summary>Fits <paramref name="formula"/> (lme4 syntax) to <paramref name="data"/>.</summary>
    public static MixedModelFit Fit(MixedData data, string formula, MixedModelOptions? options = null) =>
        Fit(data, MixedFormula.Parse(formula), options);

    /// <summary>Fits a parsed formula to <paramref name="data"/>.</summary>
    public static MixedModelFit Fit(MixedData data, MixedFormula formula, MixedModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(formula);
        options ??= new MixedModelOptions();
        var design = MixedDesign.Build(data, formula);
        var deviance = new ProfiledDeviance(design, options.Reml);
        var optimizer = new BoundedNelderMead { MaxEvaluations = options.MaxEvaluations };
        var result = optimizer.Minimize(t => deviance.Evaluate(t), deviance.Start(), deviance.Lower);
        if (result.Converged)
        {
            var (x, value, used) = NewtonPolish.Run(t => deviance.Evaluate(t), result.X, result.Value, deviance.Lower);
            result = result with { X = x, Value = value, Evaluations = result.Evaluations + used };
        }
        return MixedModelSummary.Create(formula, deviance, result, options);
    }
}
