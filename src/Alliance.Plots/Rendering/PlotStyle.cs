using ScottPlot;
using SkiaSharp;

namespace Alliance.Plots.Rendering;

/// <summary>
/// The house style applied to every panel: Liberation Sans (DejaVu Sans where it is missing), no grid, no top or right
/// frame, short outward major ticks and no minor ticks, no in-plot legend (the figure draws one legend on top).
/// </summary>
internal static class PlotStyle
{
    /// <summary>The first installed of Liberation Sans and DejaVu Sans; SVG readers fall back through the same list.</summary>
    public static string FontName { get; } = Installed("Liberation Sans") ?? Installed("DejaVu Sans") ?? "sans-serif";

    /// <summary>Dashes scaled for lines about 1 pt wide (ScottPlot's own are sized for screen pixels).</summary>
    public static LinePattern Dashed { get; } = new([4, 2.5f], 0, "Dashed");

    /// <summary>Dots for event lines.</summary>
    public static LinePattern Dotted { get; } = new([1, 2], 0, "Dotted");

    public const string SvgFontFamily = "'Liberation Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

    public static LabelStyle Label(double fontSize, bool bold = false) => new()
    {
        FontName = FontName,
        FontSize = (float)fontSize,
        Bold = bold,
        ForeColor = Colors.Black,
    };

    public static void Apply(Plot plot, double fontSize)
    {
        plot.Font.Set(FontName);
        plot.RenderManager.ClearCanvasBeforeEachRender = false; // the figure's title, legend and other panels share the canvas
        plot.HideGrid();
        plot.Legend.IsVisible = false;
        plot.FigureBackground.Color = Colors.Transparent;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.FrameLineStyle.Width = 0.8f;
            axis.TickLabelStyle.FontSize = (float)(fontSize - 1);
            axis.MajorTickStyle.Length = 3;
            axis.MajorTickStyle.Width = 0.8f;
            axis.MinorTickStyle.Length = 0;
            axis.Label.FontSize = (float)fontSize;
            axis.Label.Bold = false;
        }

        plot.Axes.Title.Label.FontSize = (float)fontSize;
        plot.Axes.Title.Label.Bold = true;
    }

    private static string? Installed(string family)
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && typeface.FamilyName == family ? family : null;
    }
}
