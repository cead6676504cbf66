using System.Globalization;
using Alliance.Plots.Layers;

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
        var figure = options.NewFigure(string.Create(CultureInfo.InvariantCulture, $"Distribution of {scale.Label} per subscale ({names}) as {(style == DistributionStyle.Box ? "box plots" : "violin plots")}."));
        var panel = figure.AddPanel();
        panel.X.Label = "Subscale";
        panel.Y.Label = scale.Label;
        (panel.Y.Min, panel.Y.Max) = (scale.Min, scale.Max);
        var groups = subscales.Select(s => new Group(s.Subscale, s.Scores)).ToArray();
        panel.Add(style == DistributionStyle.Box ? new BoxPlot(groups) : new ViolinPlot(groups));
        return figure;
    }
}
