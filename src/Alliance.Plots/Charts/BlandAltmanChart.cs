using System.Globalization;

namespace Alliance.Plots.Charts;

/// <summary>
/// Bland–Altman plot of client − therapist differences against pair means
/// (<see cref="BlandAltmanPlot"/>; limits = bias ± 1.96 SD, N−1).
/// </summary>
public static class BlandAltmanChart
{
    /// <summary>Client minus therapist against the pair mean.</summary>
    public static Figure Create(IReadOnlyList<RatingPair> pairs, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        options ??= new ChartOptions();
        var figure = options.NewFigure(string.Create(CultureInfo.InvariantCulture, $"Bland–Altman plot of client minus therapist scores against their mean for {pairs.Count} pairs, with bias and 95 % limits of agreement."));
        figure.Panels.Add(BlandAltmanPlot.Create(
            pairs.Select(p => p.Client).ToArray(),
            pairs.Select(p => p.Therapist).ToArray(),
            "client",
            "therapist",
            pairs.Select(p => p.Label).ToArray()));
        return figure;
    }
}
