using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Tests.Mixed;

/// <summary>
/// Every quantity lme4 reports for twelve models — sleepstudy and generated three-level alliance data — agrees
/// to 1e-5 relative with lmer run to the optimum (BOBYQA, rhoend = 1e-12); see TestData/mixed/README.md.
/// </summary>
public sealed class LmerAgreementTests
{
    public static TheoryData<string, string, string, bool> Models => new()
    {
        { "sleep_reml", "sleepstudy.csv", "Reaction ~ Days + (Days | Subject)", true },
        { "sleep_ml", "sleepstudy.csv", "Reaction ~ Days + (Days | Subject)", false },
        { "sleep_intercept", "sleepstudy.csv", "Reaction ~ Days + (1 | Subject)", true },
        { "three_level", "alliance.csv", "alliance ~ session + arm + (1 + session | client) + (1 | therapist)", true },
        { "three_level_ml", "alliance.csv", "alliance ~ session + arm + (1 + session | client) + (1 | therapist)", false },
        { "nested", "alliance.csv", "alliance ~ session + (1 | therapist/client)", true },
        { "uncorrelated", "alliance.csv", "alliance ~ session + arm + (session || client)", true },
        { "crossed", "alliance.csv", "alliance ~ session + (1 | client) + (1 | rater)", true },
        { "interaction", "alliance.csv", "alliance ~ session * arm + (1 | client)", true },
        { "singular", "singular.csv", "alliance ~ session + (1 | client) + (1 | therapist)", true },
        // Two crossed factors outside the largest one: exercises the envelope Cholesky with fill.
        { "three_factors", "alliance.csv", "alliance ~ session + (1 | client) + (1 | rater) + (1 | therapist)", true },
        // A two-column term outside the largest factor.
        { "therapist_slope", "alliance.csv", "alliance ~ session + arm + (1 | client) + (1 + session | therapist)", false },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void EveryReportedQuantityMatchesLmerAtItsOptimum(string model, string file, string formula, bool reml)
    {
        var fit = LinearMixedModel.Fit(Lme4Reference.Data(file), formula, new MixedModelOptions { Reml = reml });
        var reference = Lme4Reference.Model(model + "/tight");
        Assert.True(reference.Count > 10);
        foreach (var (key, expected) in reference)
        {
            var actual = Lme4Reference.Lookup(fit, key);
            Assert.NotNull(actual);
            // SDs at the boundary are ~1e-8 in lme4 and exactly 0 here, and conditional modes can be ~0 (relative error
            // meaningless): absolute slack of 1e-6 on those, on data whose SDs are 0.05–40.
            var slack = key.StartsWith("sd:", StringComparison.Ordinal) || key.StartsWith("ranef:", StringComparison.Ordinal) ? 1e-6 : 1e-9;
            var tolerance = 1e-5 * Math.Abs(expected) + slack;
            Assert.True(Math.Abs(actual.Value - expected) <= tolerance,
                $"{model} {key}: expected {expected:R}, got {actual.Value:R} (difference {actual.Value - expected:G3})");
        }
    }

    [Fact]
    public void SingularFitIsFlaggedWithAMessageNamingTheGroup()
    {
        var fit = LinearMixedModel.Fit(Lme4Reference.Data("singular.csv"), "alliance ~ session + (1 | client) + (1 | therapist)");
        Assert.True(fit.Singular);
        Assert.Contains(fit.Messages, m => m.Contains("singular", StringComparison.Ordinal) && m.Contains("'therapist'", StringComparison.Ordinal));
        Assert.True(fit.Converged);
    }

    [Fact]
    public void NestedGroupingIsNamedAsLme4NamesIt()
    {
        var fit = LinearMixedModel.Fit(Lme4Reference.Data("alliance.csv"), "alliance ~ session + (1 | therapist/client)");
        Assert.Equal(120, fit.Groups["client:therapist"]);
        Assert.Equal(20, fit.Groups["therapist"]);
        Assert.Equal(["client:therapist", "therapist"], fit.Random.Select(r => r.Group));
    }

    [Fact]
    public void EvaluationCapReportsNonConvergence()
    {
        var fit = LinearMixedModel.Fit(Lme4Reference.Data("sleepstudy.csv"), "Reaction ~ Days + (Days | Subject)",
            new MixedModelOptions { MaxEvaluations = 15 });
        Assert.False(fit.Converged);
        Assert.Contains(fit.Messages, m => m.Contains("maximum of 15 function evaluations", StringComparison.Ordinal));
    }
}
