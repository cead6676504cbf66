namespace Alliance.Analysis.Change;

/// <summary>
/// Jacobson &amp; Truax (1991, J Consult Clin Psychol 59:12–19) reliable change index:
/// RC = (x₂ − x₁)/S_diff, S_diff = √(2 SE²), SE = s₁√(1 − rₓₓ), with s₁ the pre-treatment sd of a reference
/// sample and rₓₓ the measure's reliability (test–retest or α); reliable when |RC| &gt; the critical value
/// (1.96, two-sided 5%). The SE variant is a parameter and is recorded in each result.
/// </summary>
public static class ReliableChange
{
    /// <summary>Computes RC for one pre/post pair.</summary>
    public static ReliableChangeResult Compute(
        double pre,
        double post,
        double preTreatmentSd,
        double reliability,
        ChangeStandardError variant = ChangeStandardError.JacobsonTruax1991,
        double criticalValue = 1.96)
    {
        if (!(preTreatmentSd > 0) || double.IsInfinity(preTreatmentSd))
        {
            throw new ArgumentOutOfRangeException(nameof(preTreatmentSd), preTreatmentSd, "the pre-treatment sd must be a positive number");
        }
        if (reliability is < 0 or >= 1 || double.IsNaN(reliability))
        {
            throw new ArgumentOutOfRangeException(nameof(reliability), reliability, "the reliability must lie in [0, 1)");
        }
        var se = preTreatmentSd * Math.Sqrt(1 - reliability);
        var denominator = variant switch
        {
            ChangeStandardError.JacobsonTruax1991 => Math.Sqrt(2 * se * se),
            ChangeStandardError.JacobsonFolletteRevenstorf1984 => se,
            _ => throw new ArgumentOutOfRangeException(nameof(variant), variant, "unknown SE variant"),
        };
        var index = (post - pre) / denominator;
        return new ReliableChangeResult(index, Math.Abs(index) > criticalValue, se, denominator, variant);
    }
}
