using ScottPlot;

namespace Alliance.Plots.Rendering;

/// <summary>Text size in points, measured by ScottPlot with the figure font.</summary>
internal static class TextMeasure
{
    public static double Width(string text, double fontSize) => Measure(text, fontSize).Width;

    public static PixelSize Measure(string text, double fontSize)
    {
        using var paint = Paint.NewDisposablePaint();
        var style = PlotStyle.Label(fontSize);
        return style.Measure(text, paint).Size;
    }
}
