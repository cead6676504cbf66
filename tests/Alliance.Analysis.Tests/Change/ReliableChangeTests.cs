using Alliance.Analysis.Change;

namespace Alliance.Analysis.Tests.Change;

public class ReliableChangeTests
{
    private const double Closed = 1e-9;

    [Fact]
    public void JacobsonTruaxIndexMatchesTheFormula()
    {
        var rc = ReliableChange.Compute(pre: 62, post: 48, preTreatmentSd: 7.5, reliability: 0.88);
        var expected = RReference.Values("rci se sdiff rc", 3);
        RReference.Near(expected, [rc.StandardErrorOfMeasurement, rc.Denominator, rc.Index], Closed, "SE, Sdiff, RC");
        Assert.True(rc.Reliable);
        Assert.Equal(ChangeStandardError.JacobsonTruax1991, rc.Variant);
    }

    [Fact]
    public void OlderVariantDividesByTheStandardErrorOfMeasurementAndIsRecorded()
    {
        var rc = ReliableChange.Compute(62, 48, 7.5, 0.88, ChangeStandardError.JacobsonFolletteRevenstorf1984);
        RReference.Near(RReference.Values("rci se sdiff rc", 3)[0], rc.Denominator, Closed, "SE");
        Assert.Equal(ChangeStandardError.JacobsonFolletteRevenstorf1984, rc.Variant);
    }

    [Fact]
    public void SmallChangeIsNotReliable()
    {
        Assert.False(ReliableChange.Compute(62, 58, 7.5, 0.88).Reliable);
    }

    [Fact]
    public void CutoffsABCMatchTheFormulas()
    {
        var cut = ClinicalCutoffs.Compute(dysfunctionalMean: 60, dysfunctionalSd: 8, functionalMean: 40, functionalSd: 6);
        RReference.Near(RReference.Values("cutoffs a b c", 3), [cut.A, cut.B, cut.C], Closed, "a, b, c");
    }

    [Fact]
    public void CutoffsMirrorWhenHigherIsBetter()
    {
        var cut = ClinicalCutoffs.Compute(40, 8, 60, 6, higherIsBetter: true);
        Assert.Equal(56, cut.A);
        Assert.Equal(48, cut.B);
    }

    [Fact]
    public void ZeroVarianceReferenceSampleIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReliableChange.Compute(1, 2, 0, 0.8));
    }
}
