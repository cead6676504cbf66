using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Agreement;

/// <summary>
/// The six intraclass correlations of Shrout &amp; Fleiss (1979, Psychological Bulletin 86:420–428) for n targets
/// (rows) × k raters (columns), with F tests and confidence bounds computed as R's
/// <c>psych::ICC(x, lmer = FALSE)</c> (psych 2.2.9) does from the two-way ANOVA mean squares:
/// ICC1/ICC1k bounds from F = MSB/MSW, ICC3/ICC3k from MSB/MSE, ICC2/ICC2k from Satterthwaite's
/// approximate df (Shrout &amp; Fleiss eq. 6–7). Missing ratings: rows with any missing rating are dropped
/// (listwise), reported in <see cref="IccResult.RowsWithMissing"/>. psych's default path (<c>lmer = TRUE</c>)
/// reaches the same mean squares by REML when data are complete and no variance component is negative,
/// agreeing to its optimiser's tolerance; with missing cells it instead fits all available ratings, which this
/// class does not do. Sums of squares use deviations from the means (no raw-score cancellation).
/// </summary>
public static class IntraclassCorrelation
{
    /// <summary>Computes the six ICCs; <paramref name="raters"/> holds one array of ratings per rater (NaN = missing).</summary>
    /// <exception cref="InsufficientDataException">Fewer than two raters or fewer than two complete targets.</exception>
    public static IccResult Compute(IReadOnlyList<double[]> raters, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(raters);
        if (raters.Count < 2)
        {
            throw new InsufficientDataException($"an intraclass correlation needs at least two raters (columns); found {raters.Count}");
        }
        if (raters.Any(c => c.Length != raters[0].Length))
        {
            throw new ArgumentException("every rater column must have the same number of rows", nameof(raters));
        }
        if (confidenceLevel is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel), "the confidence level must lie strictly between 0 and 1");
        }
        var k = raters.Count;
        var complete = Enumerable.Range(0, raters[0].Length).Where(r => raters.All(c => !double.IsNaN(c[r]))).ToArray();
        var n = complete.Length;
        if (n < 2)
        {
            throw new InsufficientDataException($"an intraclass correlation needs at least two targets rated by every rater; found {n}");
        }
        var diagnostics = new List<string>();
        var dropped = raters[0].Length - n;
        if (dropped > 0)
        {
            diagnostics.Add($"{dropped} target(s) with a missing rating were left out (listwise)");
        }

        var anova = TwoWayAnova.Of(raters, complete);
        if (anova.MsResidual == 0)
        {
            diagnostics.Add("the residual mean square is zero (raters agree perfectly up to a constant): F statistics are infinite");
        }
        if (anova.MsBetweenTargets == 0)
        {
            diagnostics.Add("targets do not differ at all (mean square between targets is zero): the ICCs are undefined");
        }
        return new IccResult
        {
            N = n,
            K = k,
            RowsWithMissing = dropped,
            ConfidenceLevel = confidenceLevel,
            Estimates = ShroutFleiss.Estimates(anova, n, k, 1 - confidenceLevel),
            MsBetweenTargets = anova.MsBetweenTargets,
            MsWithinTargets = anova.MsWithinTargets,
            MsBetweenRaters = anova.MsBetweenRaters,
            MsResidual = anova.MsResidual,
            Diagnostics = diagnostics,
        };
    }
}
