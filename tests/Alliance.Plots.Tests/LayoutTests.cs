using Alliance.Plots.Charts;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Alliance.Plots.Tests;

/// <summary>Where things land: label boxes against each other and the data, shared scales across small multiples.</summary>
public class LayoutTests
{
    private static Rendering.FigureLayout Layout(Figure figure)
    {
        using var canvas = new SKNoDrawCanvas((int)figure.Width, (int)figure.Height);
        return figure.Draw(canvas);
    }

    private static bool Overlap(PixelRect a, PixelRect b) =>
        a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;

    [Fact]
    public void BlandAltmanLimitLabelsOverlapNeitherThePointsNorEachOther()
    {
        // A point sits exactly on the upper limit and one at the far right, where an in-plot label would go.
        RatingPair[] pairs = [new("a", 30, 29), new("b", 32, 30), new("c", 35, 33), new("d", 28, 30), new("e", 40, 31), new("f", 39, 38)];
        var figure = BlandAltmanChart.Create(pairs);
        var layout = Layout(figure);
        var plot = figure.Panels[0].Plot;
        var points = plot.GetPlottables<ScottPlot.Plottables.Markers>().SelectMany(m => m.Data.GetScatterPoints())
            .Select(c => plot.GetPixel(c)).Select(p => new PixelRect(p.X - 3, p.X + 3, p.Y + 3, p.Y - 3)).ToArray();
        Assert.Equal(3, layout.LabelBoxes.Count);
        Assert.Equal(6, points.Length);
        foreach (var label in layout.LabelBoxes)
        {
            Assert.DoesNotContain(points, p => Overlap(label, p));
            Assert.True(label.Right <= figure.Width + 0.5, "label runs off the figure");
        }

        for (var i = 0; i < layout.LabelBoxes.Count; i++)
        {
            for (var j = i + 1; j < layout.LabelBoxes.Count; j++)
            {
                Assert.False(Overlap(layout.LabelBoxes[i], layout.LabelBoxes[j]), $"labels {i} and {j} overlap");
            }
        }
    }

    [Fact]
    public void LabelsOfCoincidingLinesArePushedApart()
    {
        // Every difference is 2: SD 0, so bias and both limits fall on one line.
        RatingPair[] pairs = [new("a", 30, 28), new("b", 32, 30), new("c", 35, 33)];
        var layout = Layout(BlandAltmanChart.Create(pairs));
        var boxes = layout.LabelBoxes.OrderBy(b => b.Top).ToArray();
        Assert.Equal(3, boxes.Length);
        Assert.True(boxes[0].Bottom <= boxes[1].Top && boxes[1].Bottom <= boxes[2].Top);
    }

    [Fact]
    public void SmallMultiplesShareOneYScaleAndTickSetInEveryPanelIncludingTheLastRow()
    {
        // Five dyads in two columns: the last row has one panel, and each dyad's own range differs.
        var dyads = Enumerable.Range(1, 5).Select(i => new DyadTrajectory(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [new(1, 10 + (4 * i), 12), new(2, 14 + (5 * i), 15), new(3, 20 + (3 * i), null)])).ToArray();
        var figure = DyadTrajectoryChart.CreateSmallMultiples(dyads, new ScoreScale("Score"), 2);
        var layout = Layout(figure);
        var ticks = figure.Panels.Select(p => ((NumericManual)p.Plot.Axes.Left.TickGenerator).Ticks.Where(t => t.IsMajor)
            .Select(t => (t.Position, t.Label)).ToArray()).ToArray();
        var limits = figure.Panels.Select(p => p.Plot.Axes.GetLimits()).ToArray();
        Assert.All(ticks, t => Assert.Equal(ticks[0], t));
        Assert.All(limits, l => Assert.Equal((limits[0].Bottom, limits[0].Top), (l.Bottom, l.Top)));
        Assert.True(limits[0].Top >= 35 && limits[0].Bottom <= 12);
        // Data areas line up: one height for all, one left edge per column.
        Assert.All(layout.DataAreas, a => Assert.Equal(layout.DataAreas[0].Height, a.Height, 0.01));
        Assert.Equal(layout.DataAreas[0].Left, layout.DataAreas[4].Left, 0.01);
    }
}
