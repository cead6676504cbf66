namespace Alliance.Plots.Charts;

/// <summary>Distribution of scores per subscale, one box or violin each, in the order given.</summary>
public static class SubscaleDistributionChart
{
    /// <summary>One box or violin per subscale on the given score axis.</summary>
    public static Figure Create(IReadOnlyList<SubscaleScores> subscales, ScoreScale scale, DistributionStyle style = DistributionStyle.Violin, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(subscales);
        ArgumentNullException.ThrowIfNull(scale);
        options ??= new ChartOptions();
        var names = string.Join(", ", subscales.Select(s => s.Subscale));
        var figure = options.NewFigure(ChartWording.Format(style == DistributionStyle.Box ? "chart.subscales.box" : "chart.subscales.violin", scale.Label, names));
        var panel = figure.AddPanel();
        panel.X.Label = ChartWording.Get("chart.subscale");
        panel.Y.Label = scale.Label;
        (panel.Y.Min, panel.Y.Max) = (scale.Min, scale.Max);
        var groups = subscales.Select(s => (s.Subscale, s.Scores)).ToArray();
        _ = style == DistributionStyle.Box ? panel.AddBoxes(groups) : panel.AddViolins(groups);
        return figure;
    }
}
