using ScottPlot;
using SkiaSharp;

namespace Alliance.Plots.Rendering;

/// <summary>
/// One horizontal legend under the title for all panels: every distinct legend text in the order first met, drawn by
/// ScottPlot's legend without frame or shadow, so it never covers data.
/// </summary>
internal static class FigureLegend
{
    /// <summary>Draws the legend at <paramref name="top"/> and returns its height (0 without items).</summary>
    public static double Draw(Figure figure, SKCanvas canvas, Paint paint, double top)
    {
        var items = new List<LegendItem>();
        foreach (var panel in figure.Panels)
        {
            foreach (var item in panel.Plot.PlottableList.SelectMany(p => p.LegendItems).Concat(panel.DeferredLegend))
            {
                if (!string.IsNullOrEmpty(item.LabelText) && items.All(i => i.LabelText != item.LabelText))
                {
                    items.Add(item);
                }
            }
        }

        if (items.Count == 0)
        {
            return 0;
        }

        using var host = new Plot();
        var legend = host.Legend;
        legend.DisplayPlottableLegendItems = false;
        legend.ManualItems = items;
        legend.Orientation = Orientation.Horizontal;
        legend.OutlineWidth = 0;
        legend.ShadowColor = Colors.Transparent;
        legend.BackgroundColor = Colors.Transparent;
        legend.FontName = PlotStyle.FontName;
        legend.FontSize = (float)(figure.FontSize - 0.5);
        legend.SymbolWidth = 16;
        legend.SymbolHeight = 7;
        legend.Padding = new PixelPadding(2, 2, 1, 1);
        legend.InterItemPadding = new PixelPadding(4, 6, 1, 1);
        var width = (float)(figure.Width - 8);
        var layout = legend.GetLayout(new PixelSize(width, 1000), paint);
        var height = layout.LegendRect.Height;
        legend.Render(canvas, paint, new PixelRect(4, 4 + width, (float)top + height, (float)top), Alignment.UpperLeft);
        return height + 2;
    }
}
