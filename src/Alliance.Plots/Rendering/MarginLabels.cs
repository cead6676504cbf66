using ScottPlot;
using SkiaSharp;

namespace Alliance.Plots.Rendering;

/// <summary>
/// Draws the labels of horizontal reference lines in the right margin, each beside its line. Labels closer than one
/// line of text are pushed apart (downwards from the topmost), so they never overlap each other, and being outside the
/// data area they never cover a point.
/// </summary>
internal static class MarginLabels
{
    public static IReadOnlyList<PixelRect> Draw(Panel panel, SKCanvas canvas, Paint paint, PixelRect area, double fontSize)
    {
        var placed = new List<PixelRect>();
        var labels = panel.MarginLabels
            .Select(l => (Label: l, Y: panel.Plot.GetPixel(new Coordinates(panel.Plot.Axes.Bottom.Min, l.Y)).Y))
            .Where(l => l.Y >= area.Top - 0.5 && l.Y <= area.Bottom + 0.5)
            .OrderBy(l => l.Y).ToList();
        var previousBottom = float.NegativeInfinity;
        foreach (var (label, y) in labels)
        {
            var size = TextMeasure.Measure(label.Text, fontSize);
            var centre = Math.Max(y, previousBottom + (size.Height / 2) + 1);
            var style = PlotStyle.Label(fontSize);
            style.Text = label.Text;
            style.ForeColor = ScottPlot.Color.FromHex(label.Color);
            style.Alignment = Alignment.MiddleLeft;
            var x = area.Right + 3;
            style.Render(canvas, new Pixel(x, centre), paint);
            var box = new PixelRect(x, x + size.Width, centre + (size.Height / 2), centre - (size.Height / 2));
            placed.Add(box);
            previousBottom = box.Bottom;
        }

        return placed;
    }
}
