using System.Globalization;
using Alliance.Plots.Layers;

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
    /// <param name="meanLabel">Legend text for the mean, e.g. "Model-implied mean (95 % CI)".</param>
    /// <param name="options">Size and titles.</param>
    public static Figure Create(IReadOnlyList<DyadSeries> dyads, IReadOnlyList<MeanPoint> mean, ScoreScale scale, string meanLabel = "Model-implied mean", ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dyads);
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions();
        var figure = options.NewFigure(string.Create(CultureInfo.InvariantCulture, $"Trajectories of {dyads.Count} dyads over sessions with the model-implied mean trajectory."));
        var panel = figure.AddPanel();
        panel.X.Label = "Session";
        panel.X.IntegerTicks = true;
        panel.Y.Label = scale.Label;
        (panel.Y.Min, panel.Y.Max) = (scale.Min, scale.Max);
        if (scale.AlertCutoff is { } cutoff)
        {
            panel.Add(ReferenceLine.Horizontal(cutoff, "Alert cutoff " + cutoff.ToString("0.##", CultureInfo.InvariantCulture), Palette.ReddishPurple));
        }

        // Fade individual lines more as their number grows, so the mean stays readable.
        var opacity = Math.Clamp(6.0 / Math.Max(1, dyads.Count), 0.12, 0.6);
        for (var i = 0; i < dyads.Count; i++)
        {
            panel.Add(new LineSeries(dyads[i].Sessions, dyads[i].Scores)
            {
                Name = i == 0 ? "Individual dyads" : null,
                Color = Palette.Grey,
                Width = 0.7,
                Opacity = opacity,
                Title = "Dyad " + dyads[i].Dyad,
            });
        }

        if (mean.Count > 0)
        {
            var ordered = mean.OrderBy(m => m.Session).ToArray();
            var hasBand = ordered.Any(m => m.Lower is not null && m.Upper is not null);
            panel.Add(new LineSeries(ordered.Select(m => m.Session).ToArray(), ordered.Select(m => m.Mean).ToArray())
            {
                Name = meanLabel,
                Color = Palette.Blue,
                Width = 2,
                Lower = hasBand ? ordered.Select(m => m.Lower ?? double.NaN).ToArray() : null,
                Upper = hasBand ? ordered.Select(m => m.Upper ?? double.NaN).ToArray() : null,
            });
        }

        return figure;
    }
}
