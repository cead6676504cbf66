using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// Events at x positions (e.g. rupture and repair sessions): a dotted vertical line and a
/// triangle along the top edge of the panel, with a tooltip per event.
/// </summary>
public sealed class EventMarkers : Layer
{
    /// <summary>Events at the given x positions, drawn as down- or up-pointing triangles.</summary>
    public EventMarkers(IReadOnlyList<double> x, bool pointsDown)
    {
        ArgumentNullException.ThrowIfNull(x);
        X = x;
        PointsDown = pointsDown;
    }

    /// <summary>Event positions on the x axis.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Downward triangle (rupture) or upward triangle (repair).</summary>
    public bool PointsDown { get; }

    /// <summary>Tooltip per event, e.g. "Rupture at session 5".</summary>
    public IReadOnlyList<string>? Labels { get; set; }

    internal override LegendSymbol Symbol => PointsDown ? LegendSymbol.TriangleDown : LegendSymbol.TriangleUp;

    internal override void Measure(DataExtent extent)
    {
        foreach (var x in X)
        {
            extent.IncludeX(x);
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        for (var i = 0; i < X.Count; i++)
        {
            if (!PanelCanvas.Usable(X[i]) || !canvas.X.Contains(X[i]))
            {
                continue;
            }

            var px = canvas.X.Map(X[i]);
            canvas.Writer.Line(px, canvas.Bottom, px, canvas.Top + 6, Color, 0.7, "1 2");
            var tip = LabelAt(Labels, i) ?? (Name ?? "Event") + " at " + ValueText.Format(X[i]);
            canvas.Writer.Path(Triangle(px, canvas.Top + 3.5, PointsDown), "#FFFFFF", 0.4, Color, title: tip);
        }
    }

    internal static string Triangle(double cx, double cy, bool down)
    {
        const double half = 3.5;
        var path = new PathData();
        return down
            ? path.MoveTo(cx - half, cy - 3).LineTo(cx + half, cy - 3).LineTo(cx, cy + 3).Close().ToString()
            : path.MoveTo(cx - half, cy + 3).LineTo(cx + half, cy + 3).LineTo(cx, cy - 3).Close().ToString();
    }
}
