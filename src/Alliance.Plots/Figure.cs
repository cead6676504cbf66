using Alliance.Plots.Rendering;

namespace Alliance.Plots;

/// <summary>
/// A figure of one or more panels laid out in a grid, sized in points and drawn by ScottPlot. Render with
/// <see cref="ToSvg"/>, <see cref="ToInlineSvg"/> or <see cref="ToPng"/>; the output is deterministic (same figure →
/// byte-identical SVG and PNG).
/// </summary>
public sealed class Figure
{
    /// <summary>A figure of the given size in points (72–5000 each).</summary>
    public Figure(double width, double height)
    {
        if (!(width >= 72 && width <= 5000) || !(height >= 72 && height <= 5000))
        {
            throw new ArgumentOutOfRangeException(nameof(width), "Width and height must be between 72 and 5000 pt.");
        }

        Width = width;
        Height = height;
    }

    /// <summary>A figure one journal column wide (<see cref="FigureSize.SingleColumn"/>).</summary>
    public static Figure SingleColumn(double height = FigureSize.DefaultHeight) => new(FigureSize.SingleColumn, height);

    /// <summary>A figure two journal columns wide (<see cref="FigureSize.DoubleColumn"/>).</summary>
    public static Figure DoubleColumn(double height = FigureSize.DefaultHeight) => new(FigureSize.DoubleColumn, height);

    /// <summary>Width in points.</summary>
    public double Width { get; }

    /// <summary>Height in points.</summary>
    public double Height { get; }

    /// <summary>Figure title, drawn on top and used as the SVG <c>&lt;title&gt;</c>.</summary>
    public string? Title { get; set; }

    /// <summary>Longer text alternative for screen readers (SVG <c>&lt;desc&gt;</c>); describe what the figure shows.</summary>
    public string? Description { get; set; }

    /// <summary>
    /// Prefix for the element ids inside the SVG. Set a distinct one when several figures are inlined
    /// into one HTML page; when <c>null</c> it is derived from a hash of the figure's content.
    /// </summary>
    public string? Id { get; set; }

    /// <summary>Number of panel columns in the grid; rows follow from the panel count.</summary>
    public int Columns { get; set; } = 1;

    /// <summary>Small multiples on a common x scale: one range and tick set, the axis title under the bottom panels only.</summary>
    public bool ShareX { get; set; }

    /// <summary>Small multiples on a common y scale: one range and tick set in every panel, the axis title left of the first column only.</summary>
    public bool ShareY { get; set; }

    /// <summary>Base font size in points; tick labels are 1 pt smaller, titles 1 pt larger.</summary>
    public double FontSize { get; set; } = 8;

    /// <summary>Panels in reading order (row by row).</summary>
    public IList<Panel> Panels { get; } = [];

    /// <summary>Adds a new panel and returns it.</summary>
    public Panel AddPanel(string? title = null)
    {
        var panel = new Panel { Title = title };
        Panels.Add(panel);
        return panel;
    }

    /// <summary>Renders the figure as a standalone SVG 1.1 document (size in points, accessible title and description).</summary>
    public string ToSvg() => SvgDocument.Write(this, standalone: true);

    /// <summary>The same SVG without the XML declaration, for inlining into an HTML page.</summary>
    public string ToInlineSvg() => SvgDocument.Write(this, standalone: false);

    /// <summary>
    /// Renders the figure as PNG at <paramref name="dpi"/> (72–1200; 300 for print, 600 for line art): the image is
    /// width/72 × dpi by height/72 × dpi pixels and its pHYs chunk records the resolution.
    /// </summary>
    public byte[] ToPng(int dpi = 300)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dpi, 72);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dpi, 1200);
        return PngImage.Write(this, dpi);
    }

    /// <summary>Lays the figure out and draws it onto <paramref name="canvas"/> in points; returns where things went.</summary>
    internal FigureLayout Draw(SkiaSharp.SKCanvas canvas) => FigureRenderer.Draw(this, canvas);
}
