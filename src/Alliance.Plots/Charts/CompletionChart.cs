using System.Globalization;
using Alliance.Plots.Layers;

namespace Alliance.Plots.Charts;

/// <summary>
/// Completion over time: per study week a light grey bar for the questionnaires due and a
/// narrower blue bar in front for those completed; tooltips give the completion rate.
/// </summary>
public static class CompletionChart
{
    /// <summary>Completed and due questionnaires per week, in the order given.</summary>
    public static Figure Create(IReadOnlyList<WeeklyCompletion> weeks, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(weeks);
        options ??= new ChartOptions();
        var completed = weeks.Sum(w => w.Completed);
        var due = weeks.Sum(w => w.Due);
        var figure = options.NewFigure(string.Create(CultureInfo.InvariantCulture, $"Questionnaires completed and due per week over {weeks.Count} weeks; {completed} of {due} completed overall."));
        var panel = figure.AddPanel();
        panel.X.Label = "Study week";
        panel.X.IntegerTicks = true;
        panel.Y.Label = "Questionnaires";
        panel.Y.IncludeZero = true;
        var x = weeks.Select(w => (double)w.Week).ToArray();
        var labels = weeks.Select(w => string.Create(
            CultureInfo.InvariantCulture,
            $"Week {w.Week}: {w.Completed} of {w.Due} completed{(w.Due > 0 ? $" ({100.0 * w.Completed / w.Due:0} %)" : "")}")).ToArray();
        panel.Add(new BarSeries(x, weeks.Select(w => (double)w.Due).ToArray()) { Name = "Due", Color = "#C8C8C8", BarWidth = 0.8, Opacity = 1, BarLabels = labels });
        panel.Add(new BarSeries(x, weeks.Select(w => (double)w.Completed).ToArray()) { Name = "Completed", Color = Palette.Blue, BarWidth = 0.5, BarLabels = labels });
        return figure;
    }
}
