using System.Globalization;

namespace Alliance.Plots.Rendering;

/// <summary>Draws one panel into its grid cell: title, grid lines, axes, ticks, labels, clipped layers.</summary>
internal sealed class PanelRenderer(Panel panel, DataExtent extent, double fontSize, int index, bool showXLabel = true, bool showYLabel = true)
{
    private string? XLabel => showXLabel ? panel.X.Label : null;

    private string? YLabel => showYLabel ? panel.Y.Label : null;

    private const double TickLength = 3;
    private const string GridColour = "#E6E6E6";
    private const string AxisColour = "#333333";

    public void Render(SvgWriter w, double left, double top, double width, double height, string idToken)
    {
        var tickSize = fontSize - 1;
        var titleHeight = panel.Title is null ? 4 : fontSize + 5;
        var provisionalX = AxisLayout.Resolve(panel.X, extent, true, Math.Max(10, width - 40), tickSize);
        var bottomMargin = TickLength + 2 + (provisionalX.LabelLines * (tickSize + 1)) - 1 + (XLabel is null ? 2 : fontSize + 5);
        var plotTop = top + titleHeight;
        var plotBottom = top + height - bottomMargin;
        var yAxis = AxisLayout.Resolve(panel.Y, extent, false, Math.Max(10, plotBottom - plotTop), tickSize);
        var leftMargin = yAxis.MaxLabelWidth(tickSize) + TickLength + 3 + (YLabel is null ? 2 : fontSize + 5);
        var plotLeft = left + leftMargin;
        var provisionalRight = left + width - 6;
        var xAxis = AxisLayout.Resolve(panel.X, extent, true, Math.Max(10, provisionalRight - plotLeft), tickSize);
        var lastLabel = xAxis.Ticks.Count == 0 || xAxis.Categorical ? 0 : TextMetrics.Width(xAxis.Ticks[^1].Label, tickSize) / 2;
        var plotRight = left + width - Math.Max(6, lastLabel + 2);
        if (plotRight - plotLeft < 10 || plotBottom - plotTop < 10)
        {
            w.Text(left + (width / 2), top + (height / 2), "Panel too small", fontSize, "middle", fill: "#555555");
            return;
        }

        var xs = new LinearScale(xAxis.Min, xAxis.Max, plotLeft, plotRight);
        var ys = new LinearScale(yAxis.Min, yAxis.Max, plotBottom, plotTop);
        var hasData = extent.HasX || extent.HasY || extent.Categories is { Count: > 0 };

        if (panel.Title is not null)
        {
            w.Text(plotLeft, top + fontSize + 1, TextFit.Ellipsis(panel.Title, (left + width - plotLeft - 2) / 1.2, fontSize), fontSize, weight: "bold");
        }

        if (hasData)
        {
            DrawTicks(w, xAxis, yAxis, xs, ys, tickSize);
        }

        w.Line(plotLeft, plotBottom, plotRight, plotBottom, AxisColour, 0.6);
        w.Line(plotLeft, plotBottom, plotLeft, plotTop, AxisColour, 0.6);
        DrawAxisLabels(w, left, plotLeft, plotRight, plotTop, plotBottom, top + height);

        if (!hasData)
        {
            w.Text((plotLeft + plotRight) / 2, ((plotTop + plotBottom) / 2) + (fontSize * 0.35), panel.EmptyMessage, fontSize, "middle", fill: "#555555");
            return;
        }

        // Clip a few points outside the plotting area so markers on a fixed axis limit stay whole.
        var clipId = idToken + "-clip" + index.ToString(CultureInfo.InvariantCulture);
        w.Raw("<clipPath id=\"" + clipId + "\">");
        w.Rect(plotLeft - 3, plotTop - 3, plotRight - plotLeft + 6, plotBottom - plotTop + 6, "#FFFFFF");
        w.Raw("</clipPath>\n<g clip-path=\"url(#" + clipId + ")\">\n");
        var canvas = new PanelCanvas(w, xs, ys, fontSize);
        foreach (var layer in panel.Layers)
        {
            layer.Render(canvas);
        }

        w.Raw("</g>\n");
    }

    private static void DrawTicks(SvgWriter w, ResolvedAxis xAxis, ResolvedAxis yAxis, LinearScale xs, LinearScale ys, double tickSize)
    {
        var (plotLeft, plotRight, plotTop, plotBottom) = (xs.RangeStart, xs.RangeEnd, ys.RangeEnd, ys.RangeStart);
        foreach (var (value, label) in yAxis.Ticks)
        {
            var y = ys.Map(value);
            w.Line(plotLeft, y, plotRight, y, GridColour, 0.5);
            w.Line(plotLeft - TickLength, y, plotLeft, y, AxisColour, 0.6);
            w.Text(plotLeft - TickLength - 2, y + (tickSize * 0.35), label, tickSize, "end");
        }

        foreach (var (value, label) in xAxis.Ticks)
        {
            var x = xs.Map(value);
            w.Line(x, plotBottom, x, plotTop, GridColour, 0.5);
            w.Line(x, plotBottom, x, plotBottom + TickLength, AxisColour, 0.6);
            var lines = label.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (lines[i].Length > 0)
                {
                    w.Text(x, plotBottom + TickLength + 1 + tickSize + (i * (tickSize + 1)), lines[i], tickSize, "middle");
                }
            }
        }
    }

    private void DrawAxisLabels(SvgWriter w, double cellLeft, double plotLeft, double plotRight, double plotTop, double plotBottom, double cellBottom)
    {
        if (XLabel is { } xLabel)
        {
            w.Text((plotLeft + plotRight) / 2, cellBottom - 3, TextFit.Ellipsis(xLabel, plotRight - plotLeft, fontSize), fontSize, "middle");
        }

        if (YLabel is { } yLabel)
        {
            var x = cellLeft + fontSize;
            w.Text(x, (plotTop + plotBottom) / 2, TextFit.Ellipsis(yLabel, plotBottom - plotTop + 10, fontSize), fontSize, "middle", rotate: -90);
        }
    }
}
