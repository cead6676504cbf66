namespace Alliance.Plots.Rendering;

/// <summary>What a layer draws on: the SVG writer, the panel's scales and plotting rectangle.</summary>
internal sealed class PanelCanvas(SvgWriter writer, LinearScale x, LinearScale y, double fontSize)
{
    public SvgWriter Writer { get; } = writer;

    public LinearScale X { get; } = x;

    public LinearScale Y { get; } = y;

    public double FontSize { get; } = fontSize;

    public double Left => Math.Min(X.RangeStart, X.RangeEnd);

    public double Right => Math.Max(X.RangeStart, X.RangeEnd);

    public double Top => Math.Min(Y.RangeStart, Y.RangeEnd);

    public double Bottom => Math.Max(Y.RangeStart, Y.RangeEnd);

    public static bool Usable(double value) => DataExtent.IsUsable(value);

    public static bool Usable(double x, double y) => DataExtent.IsUsable(x) && DataExtent.IsUsable(y);
}
