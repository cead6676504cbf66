namespace Alliance.Plots.Statistics;

/// <summary>
/// Bland–Altman limits of agreement between two measurements of the same targets: the bias is the
/// mean difference (first − second), the limits are bias ± 1.96 × SD of the differences (N−1
/// normaliser). Pairs with a non-finite value are dropped.
/// Bland, J. M., &amp; Altman, D. G. (1986). Statistical methods for assessing agreement between two
/// methods of clinical measurement. <i>Lancet</i>, 327(8476), 307–310.
/// </summary>
public sealed record AgreementLimits(int Count, double Bias, double StandardDeviation, double Lower, double Upper)
{
    /// <summary>The limits, or <c>null</c> with fewer than two complete pairs.</summary>
    public static AgreementLimits? Of(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var differences = Enumerable.Range(0, Math.Min(first.Count, second.Count))
            .Where(i => Rendering.DataExtent.IsUsable(first[i]) && Rendering.DataExtent.IsUsable(second[i]))
            .Select(i => first[i] - second[i])
            .ToArray();
        if (differences.Length < 2)
        {
            return null;
        }

        var bias = differences.Average();
        var sd = FiniteValues.StandardDeviation(differences);
        return new AgreementLimits(differences.Length, bias, sd, bias - (1.96 * sd), bias + (1.96 * sd));
    }
}
