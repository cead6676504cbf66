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
        var figure = options.NewFigure(ChartWording.Format("chart.ba.description", pairs.Count));
        figure.Panels.Add(BlandAltmanPlot.Create(
            [.. pairs.Select(p => p.Client)],
            [.. pairs.Select(p => p.Therapist)],
            ChartWording.Get("chart.ba.client"),
            ChartWording.Get("chart.ba.therapist"),
            [.. pairs.Select(p => p.Label)]));
        return figure;
    }
}
