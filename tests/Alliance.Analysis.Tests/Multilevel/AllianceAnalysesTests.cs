using Alliance.Analysis.Mixed;
using Alliance.Analysis.Multilevel;
using Alliance.Analysis.Tests.Mixed;

namespace Alliance.Analysis.Tests.Multilevel;

/// <summary>The alliance analyses against lme4 fits of the same models (make_mixed_reference.R), 1e-5 relative.</summary>
public sealed class AllianceAnalysesTests
{
    private static void MatchesLmer(MixedModelFit fit, string model, Func<string, double?>? extra = null)
    {
        var reference = Lme4Reference.Model(model + "/tight");
        Assert.True(reference.Count > 8);
        foreach (var (key, expected) in reference)
        {
            var actual = extra?.Invoke(key) ?? Lme4Reference.Lookup(fit, key);
            Assert.NotNull(actual);
            // A variance at the boundary is ~1e-8 in lme4 and exactly 0 here (the lagged model is singular for these data).
            var slack = key.StartsWith("sd:", StringComparison.Ordinal) ? 1e-6 : 1e-9;
            Assert.True(Math.Abs(actual.Value - expected) <= 1e-5 * Math.Abs(expected) + slack,
                $"{model} {key}: expected {expected:R}, got {actual.Value:R}");
        }
    }

    [Fact]
    public void VariancePartitionSharesComeFromTheNestedModel()
    {
        var partition = VariancePartition.Fit(Lme4Reference.Data("alliance.csv"), "therapist", "client", "alliance");
        MatchesLmer(partition.Model, "variance");
        var r = Lme4Reference.Model("variance/tight");
        var t = Math.Pow(r["sd:therapist:(Intercept)"], 2);
        var c = Math.Pow(r["sd:client:therapist:(Intercept)"], 2);
        var s = Math.Pow(r["sigma"], 2);
        Assert.Equal(t / (t + c + s), partition.IccTherapist, 1e-5);
        Assert.Equal((t + c) / (t + c + s), partition.IccClient, 1e-5);
        Assert.Equal((t + c) / (t + c + s / 4), partition.Generalisability(4), 1e-5);
        var n = partition.SessionsFor(0.9);
        Assert.True(partition.Generalisability(n) >= 0.9 && partition.Generalisability(n - 1) < 0.9);
    }

    [Fact]
    public void LaggedWithinPatientModelMatchesLmer()
    {
        var result = LaggedAllianceModel.Fit(Lme4Reference.Data("alliance.csv"), "client", "session", "alliance", "symptoms");
        MatchesLmer(result.Fit, "lagged");
        Assert.Equal("alliance_within", result.Within.Term);
        Assert.Equal("symptoms", result.Autoregressive.Term);
    }

    [Fact]
    public void BaldwinWampoldImelModelSplitsPatientAndTherapistParts()
    {
        var result = BaldwinWampoldImel.Fit(Lme4Reference.Data("alliance.csv"), "therapist", "client", "alliance", "symptoms");
        MatchesLmer(result.Fit, "bwi");
        Assert.Equal(120, result.Fit.NObs);
        Assert.Equal("alliance_therapist_mean", result.Therapist.Term);
    }

    [Fact]
    public void DyadTrajectoriesAreLmerCoefficientsPerClient()
    {
        var data = Lme4Reference.Data("alliance.csv");
        var (fit, dyads) = AllianceTrajectories.Fit(data, "client", "session", "alliance");
        MatchesLmer(fit, "trajectories", key =>
        {
            if (!key.StartsWith("coef:", StringComparison.Ordinal))
            {
                return null;
            }
            var parts = key.Split(':');
            var dyad = dyads.Single(d => d.Client == parts[2]);
            return parts[3] == "session" ? dyad.Slope : dyad.Intercept;
        });
        var clients = data.Text("client")!;
        var alliance = data.Numeric("alliance")!;
        var sessions = data.Numeric("session")!;
        var firstThree = Enumerable.Range(0, data.RowCount).Where(r => clients[r] == "c007").OrderBy(r => sessions[r]).Take(3).Average(r => alliance[r]);
        var c007 = dyads.Single(d => d.Client == "c007");
        Assert.Equal(firstThree, c007.EarlyMean, 12);
        Assert.Equal(3, c007.EarlySessions);
    }

    [Fact]
    public void CentringSplitsAVariableIntoGroupMeanAndDeviation()
    {
        var data = new MixedData(4).AddText("client", ["a", "a", "b", "b"]).AddNumeric("x", [1, 3, 5, double.NaN]);
        Centring.AddGroupMeanCentring(data, "client", "x");
        Assert.Equal([2, 2, 5, 5], data.Numeric("x_mean")!);
        Assert.Equal([-1, 1, 0], data.Numeric("x_within")![..3]);
        Assert.True(double.IsNaN(data.Numeric("x_within")![3]));
    }
}
