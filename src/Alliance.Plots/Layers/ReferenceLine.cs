using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// A straight reference line across the panel: horizontal (a cutoff, a mean difference),
/// vertical (an event), or y = intercept + slope · x (the identity line). Horizontal and vertical
/// lines widen the axis so they are always visible; sloped lines only span the data's range.
/// </summary>
public sealed class ReferenceLine : Layer
{
    private ReferenceLine(double intercept, double slope, double? vertical, string? label, string? color, bool dashed)
    {
        Intercept = intercept;
        Slope = slope;
        VerticalAt = vertical;
        Label = label;
        Color = color ?? "#555555";
        Dashed = dashed;
    }

    /// <summary>A horizontal line at <paramref name="y"/>, e.g. an alert cutoff.</summary>
    public static ReferenceLine Horizontal(double y, string? label = null, string? color = null, bool dashed = true) =>
        new(y, 0, null, label, color, dashed);

    /// <summary>A vertical line at <paramref name="x"/>.</summary>
    public static ReferenceLine Vertical(double x, string? label = null, string? color = null, bool dashed = true) =>
        new(0, 0, x, label, color, dashed);

    /// <summary>The line y = intercept + slope · x across the panel.</summary>
    public static ReferenceLine Sloped(double intercept, double slope, string? label = null, string? color = null, bool dashed = true) =>
        new(intercept, slope, null, label, color, dashed);

    /// <summary>The identity line y = x.</summary>
    public static ReferenceLine Identity()
    {
        var line = new ReferenceLine(0, 1, null, null, null, dashed: true) { Name = "Identity (y = x)" };
        return line;
    }

    /// <summary>Intercept (the y value of a horizontal line).</summary>
    public double Intercept { get; }

    /// <summary>Slope; 0 for horizontal lines.</summary>
    public double Slope { get; }

    /// <summary>The x position of a vertical line, else <c>null</c>.</summary>
    public double? VerticalAt { get; }

    /// <summary>Text drawn next to the line inside the plot (e.g. "Alert cutoff 36").</summary>
    public string? Label { get; set; }

    /// <summary>Dashed stroke.</summary>
    public bool Dashed { get; set; }

    /// <summary>Stroke width in points.</summary>
    public double Width { get; set; } = 0.8;

    internal override LegendSymbol Symbol => Dashed ? LegendSymbol.DashedLine : LegendSymbol.Line;

    internal override void Measure(DataExtent extent)
    {
        if (VerticalAt is { } x)
        {
            extent.IncludeX(x);
        }
        else if (Slope == 0)
        {
            extent.IncludeY(Intercept);
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        double x1, y1, x2, y2;
        if (VerticalAt is { } v)
        {
            if (!PanelCanvas.Usable(v))
            {
                return;
            }

            (x1, x2, y1, y2) = (canvas.X.Map(v), canvas.X.Map(v), canvas.Bottom, canvas.Top);
        }
        else
        {
            var (d0, d1) = (canvas.X.DomainMin, canvas.X.DomainMax);
            var (v0, v1) = (Intercept + (Slope * d0), Intercept + (Slope * d1));
            if (!PanelCanvas.Usable(v0, v1))
            {
                return;
            }

            (x1, x2, y1, y2) = (canvas.Left, canvas.Right, canvas.Y.Map(v0), canvas.Y.Map(v1));
        }

        canvas.Writer.Line(x1, y1, x2, y2, Color, Width, Dashed ? "3 2" : null);
        if (Label is not null)
        {
            var size = canvas.FontSize - 1;
            // A translucent white plate keeps the label legible over data and grid lines.
            var width = TextMetrics.Width(Label, size) + 2;
            if (VerticalAt is not null)
            {
                canvas.Writer.Rect(x1 + 1, canvas.Top + 1, width, size + 1, "#FFFFFF", null, 0.75);
                canvas.Writer.Text(x1 + 2, canvas.Top + size, Label, size, fill: Color);
            }
            else
            {
                canvas.Writer.Rect(canvas.Right - 3 - width, y2 - 2 - size, width + 2, size + 1, "#FFFFFF", null, 0.75);
                canvas.Writer.Text(canvas.Right - 3, y2 - 2.5, Label, size, "end", fill: Color);
            }
        }
    }
}
