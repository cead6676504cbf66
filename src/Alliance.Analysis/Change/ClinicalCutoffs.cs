namespace Alliance.Analysis.Change;

/// <summary>
/// Clinical-significance cutoffs of Jacobson &amp; Truax (1991), for a measure where higher scores mean more
/// dysfunction: a = M_dys − 2 SD_dys (out of the dysfunctional range), b = M_func + 2 SD_func (into the
/// functional range), c = (SD_dys·M_func + SD_func·M_dys)/(SD_dys + SD_func) (closer to the functional mean).
/// Where higher is better (alliance, wellbeing) the same formulas apply with the roles of the populations'
/// sides mirrored: a = M_dys + 2 SD_dys and b = M_func − 2 SD_func, selected by <paramref name="HigherIsBetter"/>.
/// </summary>
/// <param name="A">Cutoff a.</param>
/// <param name="B">Cutoff b.</param>
/// <param name="C">Cutoff c (weighted midpoint).</param>
/// <param name="HigherIsBetter">Direction of the measure used to place a and b.</param>
public sealed record ClinicalCutoffs(double A, double B, double C, bool HigherIsBetter)
{
    /// <summary>Computes a, b, c from dysfunctional and functional population means and sds.</summary>
    public static ClinicalCutoffs Compute(double dysfunctionalMean, double dysfunctionalSd, double functionalMean, double functionalSd, bool higherIsBetter = false)
    {
        if (!(dysfunctionalSd > 0) || !(functionalSd > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(dysfunctionalSd), "both population sds must be positive");
        }
        var sign = higherIsBetter ? -1 : 1;
        var c = (dysfunctionalSd * functionalMean + functionalSd * dysfunctionalMean) / (dysfunctionalSd + functionalSd);
        return new ClinicalCutoffs(
            dysfunctionalMean - sign * 2 * dysfunctionalSd,
            functionalMean + sign * 2 * functionalSd,
            c,
            higherIsBetter);
    }
}
