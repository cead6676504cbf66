namespace Alliance.Plots.Charts;

/// <summary>
/// Completion over time: per study week a light grey bar for the questionnaires due and a
/// narrower blue bar in front for those completed.
/// </summary>
public static class CompletionChart
{
    /// <summary>Completed and due questionnaires per week, in the order given.</summary>
    public static Figure Create(IReadOnlyList<WeeklyCompletion> weeks, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        options ??= new ChartOptions();
        var figure = options.NewFigure(ChartWording.Format("chart.completion.description", weeks.Count, weeks.Sum(w => w.Completed), weeks.Sum(w => w.Due)));
        var panel = figure.AddPanel();
        panel.X.Label = ChartWording.Get("chart.week");
        panel.X.IntegerTicks = true;
        panel.Y.Label = ChartWording.Get("chart.questionnaires");
        panel.Y.IncludeZero = true;
        var x = weeks.Select(w => (double)w.Week).ToArray();
        panel.AddBars(x, [.. weeks.Select(w => (double)w.Due)], "#C8C8C8", ChartWording.Get("chart.due"), 0.8);
        panel.AddBars(x, [.. weeks.Select(w => (double)w.Completed)], Palette.Blue, ChartWording.Get("chart.completed"), 0.5);
        panel.AddTooltips(x, [.. weeks.Select(w => (double)w.Due)], [.. weeks.Select(w => w.Due > 0
            ? ChartWording.Format("chart.week.rate", w.Week, w.Completed, w.Due, (100.0 * w.Completed / w.Due).ToString("0", System.Globalization.CultureInfo.InvariantCulture))
            : ChartWording.Format("chart.week.point", w.Week, w.Completed, w.Due))]);
        return figure;
    }
}
