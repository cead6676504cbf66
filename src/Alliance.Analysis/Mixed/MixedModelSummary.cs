using System.Globalization;

namespace Alliance.Analysis.Mixed;

/// <summary>Turns the optimum θ̂ into the quantities lme4 reports.</summary>
internal static class MixedModelSummary
{
    public static MixedModelFit Create(MixedFormula formula, ProfiledDeviance deviance, OptimizerResult result, MixedModelOptions options)
    {
        var design = deviance.Design;
        var theta = result.X;
        var gradient = MaxGradient(deviance, theta);
        var criterion = deviance.Evaluate(theta);
        var n = design.N;
        var p = design.P;
        var sigma2 = deviance.Pwrss / (options.Reml ? n - p : n);
        var sigma = Math.Sqrt(sigma2);
        var beta = deviance.Beta();
        var unscaled = deviance.UnscaledFixedCovariance();
        var fixedEffects = new List<FixedEffect>();
        for (var i = 0; i < p; i++)
        {
            var se = sigma * Math.Sqrt(unscaled[i * p + i]);
            fixedEffects.Add(new FixedEffect(design.FixedNames[i], beta[i], se, beta[i] / se));
        }
        var components = new List<VarianceComponent>();
        var correlations = new List<RandomEffectCorrelation>();
        var messages = new List<string>(design.Messages);
        var singular = false;
        for (var t = 0; t < design.Terms.Count; t++)
        {
            var term = design.Terms[t];
            var covariance = TermCovariance(theta, deviance.ThetaOffset[t], term.Columns, sigma2);
            for (var c = 0; c < term.Columns; c++)
            {
                var variance = covariance[c, c];
                components.Add(new VarianceComponent(term.Group, term.ColumnNames[c], variance, Math.Sqrt(variance)));
            }
            for (var c = 0; c < term.Columns; c++)
            {
                for (var r = c + 1; r < term.Columns; r++)
                {
                    var denominator = Math.Sqrt(covariance[r, r] * covariance[c, c]);
                    correlations.Add(new RandomEffectCorrelation(term.Group, term.ColumnNames[c], term.ColumnNames[r],
                        denominator > 0 ? covariance[r, c] / denominator : double.NaN));
                }
            }
            for (var c = 0; c < term.Columns; c++)
            {
                var diagonal = deviance.ThetaOffset[t] + c * term.Columns - c * (c - 1) / 2;
                if (theta[diagonal] < options.SingularTolerance)
                {
                    singular = true;
                    messages.Add(string.Create(CultureInfo.InvariantCulture,
                        $"boundary (singular) fit: the random-effects covariance of '{term.Group}' is singular (θ for '{term.ColumnNames[c]}' = {theta[diagonal]:G3}); a variance is estimated as zero or a correlation as ±1 — consider a simpler random-effects structure"));
                }
            }
        }
        if (!result.Converged)
        {
            messages.Add(result.Message);
        }
        var modes = design.Terms.Select((term, t) => (term, t)).ToList();
        var conditional = deviance.ConditionalModes();
        var groups = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in design.Terms)
        {
            groups.TryAdd(term.Group, term.Levels.Length);
        }
        var logLik = -criterion / 2;
        var k = p + theta.Length + 1;
        return new MixedModelFit
        {
            Formula = formula.Text,
            Reml = options.Reml,
            NObs = n,
            Groups = groups,
            Fixed = fixedEffects,
            Random = components,
            Correlations = correlations,
            ResidualSd = sigma,
            RemlCriterion = options.Reml ? criterion : null,
            LogLikelihood = logLik,
            Deviance = options.Reml ? deviance.MlDeviance() : criterion,
            Aic = -2 * logLik + 2 * k,
            Bic = -2 * logLik + k * Math.Log(n),
            Theta = theta,
            FixedCovariance = unscaled.Select(v => v * sigma2).ToArray(),
            ConditionalModes = modes.Select(m => new GroupModes(m.term.Group, m.term.ColumnNames, m.term.Levels, conditional[m.t])).ToArray(),
            Converged = result.Converged,
            Singular = singular,
            Evaluations = result.Evaluations,
            MaxGradient = gradient,
            Messages = messages,
        };
    }

    // σ²·ΛΛᵀ for one term.
    private static double[,] TermCovariance(double[] theta, int offset, int columns, double sigma2)
    {
        var lambda = new double[columns, columns];
        var k = offset;
        for (var c = 0; c < columns; c++)
        {
            for (var r = c; r < columns; r++)
            {
                lambda[r, c] = theta[k++];
            }
        }
        var covariance = new double[columns, columns];
        for (var r = 0; r < columns; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var s = 0.0;
                for (var m = 0; m < columns; m++)
                {
                    s += lambda[r, m] * lambda[c, m];
                }
                covariance[r, c] = sigma2 * s;
            }
        }
        return covariance;
    }

    private static double MaxGradient(ProfiledDeviance deviance, double[] theta)
    {
        var max = 0.0;
        var x = (double[])theta.Clone();
        for (var i = 0; i < theta.Length; i++)
        {
            var h = 1e-5 * Math.Max(1, Math.Abs(theta[i]));
            if (theta[i] - h < deviance.Lower[i])
            {
                continue;
            }
            x[i] = theta[i] + h;
            var up = deviance.Evaluate(x);
            x[i] = theta[i] - h;
            var down = deviance.Evaluate(x);
            x[i] = theta[i];
            max = Math.Max(max, Math.Abs(up - down) / (2 * h));
        }
        return max;
    }
}
