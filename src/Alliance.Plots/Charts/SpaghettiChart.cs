namespace Alliance.Plots.Charts;

/// <summary>
/// Study-wide spaghetti plot: every dyad's trajectory as a thin translucent grey line, the
/// model-implied mean trajectory on top as a thick blue line with its confidence band.
/// </summary>
public static class SpaghettiChart
{
    /// <param name="dyads">Individual trajectories.</param>
    /// <param name="mean">Model-implied mean per session (may be empty).</param>
    /// <param name="scale">Score axis.</param>
    /// <param name="meanLabel">Legend text for the mean; the chart wording's "Model-implied mean" when null.</param>
    /// <param name="options">Size and titles.</param>
    public static Figure Create(IReadOnlyList<DyadSeries> dyads, IReadOnlyList<MeanPoint> mean, ScoreScale scale, string? meanLabel = null, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dyads);
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions();
        var figure = options.NewFigure(ChartWording.Format("chart.spaghetti.description", dyads.Count));
        var panel = figure.AddPanel();
        panel.X.Label = ChartWording.Get("chart.session");
        panel.X.IntegerTicks = true;
        panel.Y.Label = scale.Label;
        (panel.Y.Min, panel.Y.Max) = (scale.Min, scale.Max);
        if (scale.AlertCutoff is { } cutoff)
        {
            panel.AddHorizontalLine(cutoff, ChartWording.Format("chart.cutoff", cutoff.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)), Palette.ReddishPurple);
        }

        // Fade individual lines more as their number grows, so the mean stays readable.
        var opacity = Math.Clamp(6.0 / Math.Max(1, dyads.Count), 0.12, 0.6);
        for (var i = 0; i < dyads.Count; i++)
        {
            var dyad = dyads[i];
            panel.AddLine(dyad.Sessions, dyad.Scores, Palette.Grey, i == 0 ? ChartWording.Get("chart.dyads") : null, width: 0.7, opacity: opacity);
            panel.AddTooltips(dyad.Sessions, dyad.Scores, [.. dyad.Sessions.Select(_ => ChartWording.Format("chart.dyad", dyad.Dyad))]);
        }

        if (mean.Count > 0)
        {
            var ordered = mean.OrderBy(m => m.Session).ToArray();
            var x = ordered.Select(m => m.Session).ToArray();
            if (ordered.Any(m => m.Lower is not null && m.Upper is not null))
            {
                panel.AddBand(x, [.. ordered.Select(m => m.Lower ?? double.NaN)], [.. ordered.Select(m => m.Upper ?? double.NaN)], Palette.Blue);
            }

            panel.AddLine(x, [.. ordered.Select(m => m.Mean)], Palette.Blue, meanLabel ?? ChartWording.Get("chart.mean"), width: 2);
        }

        return figure;
    }
}
