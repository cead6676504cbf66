using Alliance.Plots.Scales;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace Alliance.Plots.Rendering;

/// <summary>
/// Lays a figure out in points and draws it onto one Skia canvas (SVG or raster): the title, one legend for all panels,
/// then a grid of ScottPlot plots. Our own grid rather than ScottPlot's <c>Multiplot</c>, because every panel gets the
/// same fixed padding (so data areas line up and a shared scale looks shared), the last column is widened for the
/// reference-line labels in the right margin, and the title and legend belong to the figure, not to one panel.
/// </summary>
internal static class FigureRenderer
{
    public static FigureLayout Draw(Figure figure, SKCanvas canvas)
    {
        var fs = figure.FontSize;
        using var paint = Paint.NewDisposablePaint();
        var top = DrawTitle(figure, canvas, paint);
        top += FigureLegend.Draw(figure, canvas, paint, top);
        var panels = figure.Panels;
        if (panels.Count == 0)
        {
            CentredText(canvas, paint, ChartWording.Get("chart.no-panels"), figure.Width / 2, (top + figure.Height) / 2, fs);
            return new FigureLayout([], [], []);
        }

        var columns = Math.Clamp(figure.Columns, 1, panels.Count);
        var rows = (panels.Count + columns - 1) / columns;
        var labelWidth = panels.SelectMany(p => p.MarginLabels).Select(l => TextMeasure.Width(l.Text, fs - 1) + 4).DefaultIfEmpty(0).Max();
        var cellWidth = (figure.Width - labelWidth) / columns;
        var cellHeight = (figure.Height - top) / rows;
        var (xs, ys) = Resolve(figure, cellWidth, cellHeight);
        var padding = Padding(figure, ys, xs, columns);
        var areas = new List<PixelRect>();
        var boxes = new List<PixelRect>();
        var tooltips = new List<(Pixel, string)>();
        for (var i = 0; i < panels.Count; i++)
        {
            var (row, column) = (i / columns, i % columns);
            var left = column * cellWidth;
            var right = left + cellWidth + (column == columns - 1 ? labelWidth : 0);
            var cell = new PixelRect((float)left, (float)right, (float)(top + ((row + 1) * cellHeight)), (float)(top + (row * cellHeight)));
            var panel = panels[i];
            var showX = !figure.ShareX || i + columns >= panels.Count;
            var showY = !figure.ShareY || column == 0;
            var cellPadding = padding with { Right = padding.Right + (column == columns - 1 ? (float)labelWidth : 0) };
            Prepare(panel, xs[i], ys[i], cellPadding, fs, showX, showY);
            var (width, height) = (cell.Width - cellPadding.Horizontal, cell.Height - cellPadding.Vertical);
            panel.Plot.Axes.Bottom.Label.Text = Shorten(panel.Plot.Axes.Bottom.Label.Text, width, fs);
            panel.Plot.Axes.Left.Label.Text = Shorten(panel.Plot.Axes.Left.Label.Text, height, fs);
            // ScottPlot renders again whenever the axis limits differ from its last render; a first pass on a canvas
            // that draws nothing settles them, so the real canvas gets every element exactly once.
            using (var settle = new SKNoDrawCanvas((int)Math.Ceiling(figure.Width), (int)Math.Ceiling(figure.Height)))
            {
                panel.Plot.Render(settle, cell);
            }

            panel.Plot.Render(canvas, cell);
            var area = panel.Plot.LastRender.DataRect;
            areas.Add(area);
            tooltips.AddRange(Tooltips(panel, area, ys[i]));
            if (!string.IsNullOrEmpty(panel.Title))
            {
                var style = PlotStyle.Label(fs, bold: true);
                style.Text = panel.Title;
                style.Alignment = Alignment.LowerCenter;
                style.Render(canvas, new Pixel(area.HorizontalCenter, area.Top - 2), paint);
            }

            if (panel.IsEmpty)
            {
                CentredText(canvas, paint, panel.EmptyMessage, area.HorizontalCenter, area.VerticalCenter, fs);
            }
            else if (column == columns - 1 || !figure.ShareY)
            {
                boxes.AddRange(MarginLabels.Draw(panel, canvas, paint, area, fs - 1));
            }
        }

        return new FigureLayout(areas, boxes, tooltips);
    }

    private static IEnumerable<(Pixel, string)> Tooltips(Panel panel, PixelRect area, ResolvedAxis y)
    {
        foreach (var (x, value, atTop, text) in panel.Tooltips)
        {
            var pixel = panel.Plot.GetPixel(new Coordinates(x, atTop ? y.Max - (0.04 * (y.Max - y.Min)) : value));
            if (pixel.X >= area.Left - 0.5 && pixel.X <= area.Right + 0.5 && pixel.Y >= area.Top - 0.5 && pixel.Y <= area.Bottom + 0.5)
            {
                yield return (pixel, text);
            }
        }
    }

    private static double DrawTitle(Figure figure, SKCanvas canvas, Paint paint)
    {
        if (string.IsNullOrWhiteSpace(figure.Title))
        {
            return 4;
        }

        var size = figure.FontSize + 1;
        var style = PlotStyle.Label(size, bold: true);
        var lines = Wrap(figure.Title, figure.Width - 8, size);
        var y = 3.0;
        foreach (var line in lines)
        {
            style.Text = line;
            style.Render(canvas, new Pixel(4, (float)y), paint);
            y += size * 1.25;
        }

        return y + 3;
    }

    /// <summary>Greedy word wrap to <paramref name="width"/> points.</summary>
    internal static List<string> Wrap(string text, double width, double fontSize)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && TextMeasure.Width(candidate, fontSize) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    /// <summary>An axis title longer than its axis loses whole words from the end and gains an ellipsis.</summary>
    internal static string Shorten(string text, double length, double fontSize)
    {
        if (TextMeasure.Width(text, fontSize) <= length)
        {
            return text;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && TextMeasure.Width(string.Join(' ', words) + "…", fontSize) > length)
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words) + "…";
    }

    /// <summary>Each panel's axes; a shared axis is resolved once over the union of the panels' data.</summary>
    private static (ResolvedAxis[] X, ResolvedAxis[] Y) Resolve(Figure figure, double cellWidth, double cellHeight)
    {
        var panels = figure.Panels;
        var union = new DataExtent();
        foreach (var panel in panels)
        {
            union.Include(panel.Extent);
        }

        var (xLength, yLength) = (cellWidth * 0.85, cellHeight * 0.7);
        var fs = figure.FontSize - 1;
        var sharedX = AxisLayout.Resolve(panels[0].X, union, isX: true, xLength, fs);
        var sharedY = AxisLayout.Resolve(panels[0].Y, union, isX: false, yLength, fs);
        var xs = panels.Select(p => figure.ShareX ? sharedX : AxisLayout.Resolve(p.X, p.Extent, isX: true, xLength, fs)).ToArray();
        var ys = panels.Select(p => figure.ShareY ? sharedY : AxisLayout.Resolve(p.Y, p.Extent, isX: false, yLength, fs)).ToArray();
        return (xs, ys);
    }

    /// <summary>One padding for every panel, wide enough for the widest tick labels and titles any panel shows.</summary>
    private static PixelPadding Padding(Figure figure, ResolvedAxis[] ys, ResolvedAxis[] xs, int columns)
    {
        var fs = figure.FontSize;
        var panels = figure.Panels;
        var tickWidth = ys.Max(y => y.MaxLabelWidth(fs - 1));
        var yTitle = panels.Any(p => !string.IsNullOrEmpty(p.Y.Label)) ? fs * 1.5 : 0;
        var xTitle = panels.Any(p => !string.IsNullOrEmpty(p.X.Label)) ? fs * 1.5 : 0;
        var tickLines = xs.Max(x => x.LabelLines);
        var panelTitle = panels.Any(p => !string.IsNullOrEmpty(p.Title)) ? fs * 1.6 : fs * 0.6;
        // ScottPlot sets tick labels 8 pt off the axis line (3 pt tick, 5 pt gap); the last x tick label is centred
        // on the axis end and needs half its width to the right.
        var halfLastX = xs.Max(x => x.Ticks.Count == 0 || x.Categorical ? 0 : x.MaxLabelWidth(fs - 1) / 2);
        return new PixelPadding(
            left: (float)(yTitle + tickWidth + 10),
            right: (float)Math.Max(columns > 1 ? 8 : 10, halfLastX + 2),
            bottom: (float)((tickLines * (fs - 1) * 1.2) + 6 + xTitle),
            top: (float)panelTitle);
    }

    private static void Prepare(Panel panel, ResolvedAxis x, ResolvedAxis y, PixelPadding padding, double fs, bool showX, bool showY)
    {
        var plot = panel.Plot;
        PlotStyle.Apply(plot, fs);
        plot.Layout.Fixed(padding);
        if (panel.IsEmpty)
        {
            plot.Axes.Frameless();
            plot.Axes.Bottom.TickGenerator = new NumericManual();
            plot.Axes.Left.TickGenerator = new NumericManual();
            plot.Axes.Bottom.Label.Text = "";
            plot.Axes.Left.Label.Text = "";
            plot.Axes.SetLimits(0, 1, 0, 1);
            return;
        }

        plot.Axes.Bottom.Label.Text = showX ? panel.X.Label ?? "" : "";
        plot.Axes.Left.Label.Text = showY ? panel.Y.Label ?? "" : "";
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. x.Ticks.Select(t => t.Value)], [.. x.Ticks.Select(t => t.Label)]);
        plot.Axes.Left.TickGenerator = new NumericManual([.. y.Ticks.Select(t => t.Value)], [.. y.Ticks.Select(t => t.Label)]);
        plot.Axes.SetLimits(x.Min, x.Max, y.Min, y.Max);
        panel.AfterLayout(x, y);
    }

    internal static void CentredText(SKCanvas canvas, Paint paint, string text, double x, double y, double fontSize)
    {
        var style = PlotStyle.Label(fontSize);
        style.Text = text;
        style.ForeColor = ScottPlot.Color.FromHex("#666666");
        style.Alignment = Alignment.MiddleCenter;
        style.Render(canvas, new Pixel((float)x, (float)y), paint);
    }
}
