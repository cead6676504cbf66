using System.Globalization;
using Alliance.Analysis.Descriptives;

namespace Alliance.Analysis.Reliability;

/// <summary>
/// Cronbach's α, standardised α, average inter-item r, item statistics and McDonald's ω total, computed
/// as R's <c>psych::alpha</c> and <c>psych::omega(x, nfactors = 1)$omega.tot</c> (psych 2.2.9) do.
/// <list type="bullet">
/// <item>Missing responses (NaN): pairwise by default (see <see cref="MissingHandling"/>).</item>
/// <item>Items without variance (constant, all missing, one response) are left out with a diagnostic, as psych does.</item>
/// <item>Reverse keying: x → min + max − x, min/max the observed range over all analysed items unless given (psych).</item>
/// <item>α = k/(k−1)(1 − tr C/ΣC) from the covariance matrix C (Cronbach 1951); standardised α and average r
/// from R = cov2cor(C); r.drop and α-if-deleted as in <see cref="ItemStatistics"/>.</item>
/// <item>Feldt interval: 1 − (1 − α)·F quantiles with df (n − 1, (n − 1)(k − 1)) (Feldt, Woodruff &amp; Salih 1987), psych <c>alpha.ci</c>.</item>
/// <item>ω total = (ΣR − Σuᵢ)/ΣR with R the pairwise correlation matrix (R <c>cor(x, use = "pairwise")</c>;
/// listwise: complete rows), u the uniquenesses of a one-factor minres fit (<see cref="OneFactorModel"/>), items
/// with negative loadings sign-flipped in R first, as psych's <c>omegah</c> does (McDonald 1999).</item>
/// </list>
/// </summary>
public static class ScaleReliability
{
    /// <summary>Analyses one scale: <paramref name="items"/> name the <paramref name="columns"/> (one array of responses per item, NaN = missing).</summary>
    /// <exception cref="InsufficientDataException">Fewer than two respondents or fewer than two items with variance.</exception>
    public static ReliabilityResult Compute(IReadOnlyList<string> items, IReadOnlyList<double[]> columns, ReliabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(columns);
        options ??= new ReliabilityOptions();
        ItemResponses.Validate(items, columns, options);
        var diagnostics = new List<string>();

        var data = options.Missing == MissingHandling.Listwise ? ItemResponses.CompleteRows(columns) : columns;
        var n = data.Count > 0 ? data[0].Length : 0;
        if (n < 2)
        {
            throw new InsufficientDataException(options.Missing == MissingHandling.Listwise
                ? $"reliability needs at least two respondents with every item answered; found {n}"
                : $"reliability needs at least two respondents; found {n}");
        }

        var kept = new List<int>();
        var dropped = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var m = SampleMoments.Of(data[i]);
            var problem = m.Count == 0 ? "is missing for every respondent"
                : m.Count == 1 ? "has a single response"
                : m.Variance <= 0 ? $"is constant (every response is {m.Mean.ToString("G", CultureInfo.InvariantCulture)})"
                : null;
            if (problem is null)
            {
                kept.Add(i);
            }
            else
            {
                dropped.Add(items[i]);
                diagnostics.Add($"item '{items[i]}' {problem}: it has no variance and was left out (as psych::alpha does)");
            }
        }
        if (kept.Count < 2)
        {
            throw new InsufficientDataException(
                $"reliability needs at least two items with variance; usable: {(kept.Count == 0 ? "none" : items[kept[0]])}"
                + (dropped.Count > 0 ? $"; left out: {string.Join(", ", dropped)}" : ""));
        }

        var names = kept.Select(i => items[i]).ToArray();
        var reversed = names.Select(options.Reverse.Contains).ToArray();
        var keyed = kept.Select(i => data[i]).ToArray();
        (double, double)? range = null;
        if (reversed.Any(r => r))
        {
            range = ItemResponses.ReverseRange(keyed, options, diagnostics);
            keyed = keyed.Select((c, j) => reversed[j] ? ItemResponses.Flip(c, range.Value) : c).ToArray();
        }

        var moments = PairwiseMoments.Compute(keyed);
        RequireOverlap(names, moments);
        var alpha = AlphaStatistics.Of(moments.Covariance);
        var k = names.Length;
        var statistics = new ItemStatistics[k];
        for (var i = 0; i < k; i++)
        {
            statistics[i] = new ItemStatistics(names[i], reversed[i], moments.Items[i].Count, moments.Items[i].Mean,
                moments.Items[i].StandardDeviation, alpha.ItemRest[i], alpha.AlphaIfDeleted[i]);
        }

        return new ReliabilityResult
        {
            N = n,
            K = k,
            Missing = options.Missing,
            RawAlpha = alpha.Raw,
            StandardizedAlpha = alpha.Standardized,
            AverageR = alpha.AverageR,
            OmegaTotal = options.Omega ? Omega(moments.Correlation, diagnostics) : null,
            FeldtInterval = Feldt(alpha.Raw, n, k, options.ConfidenceLevel),
            BootstrapInterval = options.BootstrapSamples > 0 ? AlphaBootstrap.Interval(keyed, options) : null,
            Items = statistics,
            DroppedItems = dropped,
            ReverseRange = range,
            Diagnostics = diagnostics,
        };
    }

    /// <summary>
    /// Analyses every subscale of an instrument in one call: <paramref name="subscales"/> maps a subscale name to its
    /// item columns in <paramref name="columns"/>. A subscale the data cannot support gets a <see cref="SubscaleReliability.Problem"/>
    /// instead of stopping the others. Reverse keys and the reverse range in <paramref name="options"/> apply per subscale.
    /// </summary>
    public static IReadOnlyList<SubscaleReliability> ComputeSubscales(
        IReadOnlyDictionary<string, double[]> columns,
        IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> subscales,
        ReliabilityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(subscales);
        var results = new List<SubscaleReliability>();
        foreach (var (name, itemNames) in subscales)
        {
            var missing = itemNames.Where(i => !columns.ContainsKey(i)).ToList();
            if (missing.Count > 0)
            {
                throw new AnalysisInputException($"subscale '{name}' names items with no data column: {string.Join(", ", missing)}", missing[0]);
            }
            var scaleOptions = (options ?? new ReliabilityOptions()) is var o
                ? o with { Reverse = o.Reverse.Where(itemNames.Contains).ToArray() }
                : null;
            try
            {
                results.Add(new SubscaleReliability(name, Compute(itemNames, itemNames.Select(i => columns[i]).ToArray(), scaleOptions), null));
            }
            catch (InsufficientDataException ex)
            {
                results.Add(new SubscaleReliability(name, null, ex.Message));
            }
        }
        return results;
    }

    private static void RequireOverlap(string[] names, PairwiseMoments moments)
    {
        for (var i = 0; i < names.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (moments.Counts[i, j] < 2)
                {
                    throw new InsufficientDataException(
                        $"items '{names[j]}' and '{names[i]}' are both answered by {moments.Counts[i, j]} respondent(s); a covariance needs two");
                }
            }
        }
    }

    private static ConfidenceInterval Feldt(double alpha, int n, int k, double level)
    {
        var tail = (1 - level) / 2;
        double d1 = n - 1, d2 = (n - 1.0) * (k - 1);
        return new ConfidenceInterval(level,
            1 - (1 - alpha) * Distributions.FQuantile(1 - tail, d1, d2),
            1 - (1 - alpha) * Distributions.FQuantile(tail, d1, d2));
    }

    private static double? Omega(double[,] correlation, List<string> diagnostics)
    {
        var k = correlation.GetLength(0);
        foreach (var r in correlation)
        {
            if (double.IsNaN(r))
            {
                diagnostics.Add("omega total not estimated: a pair of items has no variance over the rows where both are present");
                return null;
            }
        }
        var model = OneFactorModel.FitMinres(correlation);
        if (!model.Converged)
        {
            diagnostics.Add($"the one-factor minres fit for omega did not converge in {model.Iterations} iterations");
        }
        if (model.Uniquenesses.Any(u => u < 0.0051))
        {
            diagnostics.Add("Heywood case in the one-factor fit for omega: a uniqueness reached its lower bound 0.005");
        }
        // psych's omegah flips items whose general-factor loading is negative before summing the matrix.
        var total = 0.0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                total += Math.Sign(model.Loadings[i] == 0 ? 1 : model.Loadings[i])
                    * Math.Sign(model.Loadings[j] == 0 ? 1 : model.Loadings[j]) * correlation[i, j];
            }
        }
        return (total - model.Uniquenesses.Sum()) / total;
    }
}
