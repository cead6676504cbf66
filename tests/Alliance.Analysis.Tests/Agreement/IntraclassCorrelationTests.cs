using Alliance.Analysis.Agreement;
using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Tests.Agreement;

public class IntraclassCorrelationTests
{
    private const double Closed = 1e-9;
    private static readonly string[] Types = ["ICC1", "ICC2", "ICC3", "ICC1k", "ICC2k", "ICC3k"];

    private static void MatchesPsychIcc(string label, IccResult result)
    {
        foreach (var type in Types)
        {
            var r = RReference.Values($"{label} {type} ICC F df1 df2 p lower upper", 7);
            var e = result[type];
            RReference.Near(r[0], e.Value, Closed, $"{type} ICC");
            RReference.Near(r[1], e.F, Closed * Math.Max(1, r[1]), $"{type} F");
            Assert.Equal(r[2], e.Df1);
            Assert.Equal(r[3], e.Df2);
            RReference.Near(r[4], e.P, Closed, $"{type} p");
            RReference.Near(r[5], e.Lower, Closed, $"{type} lower bound");
            RReference.Near(r[6], e.Upper, Closed, $"{type} upper bound");
        }
    }

    [Fact]
    public void ShroutFleissExampleMatchesPsychIccAnova()
    {
        var result = IntraclassCorrelation.Compute(RReference.Columns("shrout_fleiss_1979.csv", "J1", "J2", "J3", "J4"));
        MatchesPsychIcc("sf_anova", result);
        Assert.Equal(6, result.N);
        Assert.Equal(4, result.K);
    }

    [Fact]
    public void ShroutFleissExampleReproducesThePublishedTwoDecimalValues()
    {
        var result = IntraclassCorrelation.Compute(RReference.Columns("shrout_fleiss_1979.csv", "J1", "J2", "J3", "J4"));
        double[] published = [.17, .29, .71, .44, .62, .91];
        RReference.Near(published, result.Estimates.Select(e => e.Value).ToArray(), 0.005, "Shrout & Fleiss (1979) Table 4");
    }

    [Fact]
    public void ShroutFleissExampleAgreesWithPsychsDefaultLmerPathToItsOptimiserTolerance()
    {
        // shared/reference/r_output.txt, psych::ICC(sf) with lmer = TRUE: REML mean squares agree to ~1e-5 only.
        var result = IntraclassCorrelation.Compute(RReference.Columns("shrout_fleiss_1979.csv", "J1", "J2", "J3", "J4"));
        double[] icc = [0.165742286207, 0.289764193726, 0.714841511530, 0.442798057629, 0.620051021748, 0.909315864661];
        double[] lower = [-0.1329320425162, 0.0187866046515, 0.3424659494503, -0.8844390304686, 0.0711371424899, 0.6756758664391];
        RReference.Near(icc, result.Estimates.Select(e => e.Value).ToArray(), 1e-5, "ICC (lmer)");
        RReference.Near(lower, result.Estimates.Select(e => e.Lower).ToArray(), 1e-5, "lower bound (lmer)");
        RReference.Near(11.02728714639, result["ICC3"].F, 1e-3, "F (lmer)");
    }

    [Fact]
    public void RowsWithMissingRatingsAreDroppedListwiseAsPsychOnNaOmit()
    {
        var result = IntraclassCorrelation.Compute(RReference.Columns("icc_missing.csv", "R1", "R2", "R3"));
        MatchesPsychIcc("missing_listwise", result);
        Assert.Equal((int)RReference.Value("missing_listwise_n"), result.N);
        Assert.Equal(3, result.RowsWithMissing);
        Assert.Contains(result.Diagnostics, d => d.Contains("listwise", StringComparison.Ordinal));
    }

    [Fact]
    public void FewerThanTwoRespondents()
    {
        var ex = Assert.Throws<InsufficientDataException>(() => IntraclassCorrelation.Compute([[1.0, double.NaN], [2.0, 3.0]]));
        Assert.Contains("at least two targets", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleRaterIsRejectedWithAClearMessage()
    {
        var ex = Assert.Throws<InsufficientDataException>(() => IntraclassCorrelation.Compute([[1.0, 2.0, 3.0]]));
        Assert.Contains("two raters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerfectAgreementGivesIccOneAndADiagnosticInsteadOfNaN()
    {
        double[] a = [1, 2, 3, 4, 5];
        var result = IntraclassCorrelation.Compute([a, (double[])a.Clone()]);
        Assert.Equal(1.0, result["ICC1"].Value);
        Assert.Equal(1.0, result["ICC3k"].Value);
        Assert.Equal(0.0, result["ICC3"].P);
        Assert.Contains(result.Diagnostics, d => d.Contains("residual mean square is zero", StringComparison.Ordinal));
    }

    [Fact]
    public void ConstantColumn()
    {
        // Raters who give every target the same rating: targets differ not at all, MSB = 0.
        var result = IntraclassCorrelation.Compute([[3.0, 3.0, 3.0], [3.0, 3.0, 3.0]]);
        Assert.Contains(result.Diagnostics, d => d.Contains("targets do not differ", StringComparison.Ordinal));
    }
}
