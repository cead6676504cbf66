using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// A polyline through (X[i], Y[i]) in the given order, optionally with point markers and a shaded
/// confidence band between <see cref="Lower"/> and <see cref="Upper"/>. The line breaks where a
/// point is not finite, so a missed session shows as a gap.
/// </summary>
public sealed class LineSeries : Layer
{
    /// <summary>A line through the points (x[i], y[i]); the shorter list sets the length.</summary>
    public LineSeries(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = x;
        Y = y;
    }

    /// <summary>X values, drawn in the order given.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Y values.</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>Lower edge of the confidence band (same length as X), or <c>null</c>.</summary>
    public IReadOnlyList<double>? Lower { get; set; }

    /// <summary>Upper edge of the confidence band (same length as X), or <c>null</c>.</summary>
    public IReadOnlyList<double>? Upper { get; set; }

    /// <summary>Draw a marker, with a tooltip, at every point.</summary>
    public bool Markers { get; set; }

    /// <summary>Dashed stroke (second series in black-and-white print).</summary>
    public bool Dashed { get; set; }

    /// <summary>Stroke width in points.</summary>
    public double Width { get; set; } = 1.2;

    /// <summary>Stroke opacity, e.g. 0.35 for the many thin lines of a spaghetti plot.</summary>
    public double Opacity { get; set; } = 1;

    /// <summary>Tooltip per point (e.g. "Session 4: 31"); default "x, y".</summary>
    public IReadOnlyList<string>? PointLabels { get; set; }

    /// <summary>Tooltip on the whole line (e.g. the dyad id).</summary>
    public string? Title { get; set; }

    internal override LegendSymbol Symbol => Markers ? LegendSymbol.LineWithMarker : Dashed ? LegendSymbol.DashedLine : LegendSymbol.Line;

    internal override void Measure(DataExtent extent)
    {
        var n = Math.Min(X.Count, Y.Count);
        for (var i = 0; i < n; i++)
        {
            extent.Include(X[i], Y[i]);
            if (DataExtent.IsUsable(X[i]))
            {
                extent.IncludeY(At(Lower, i));
                extent.IncludeY(At(Upper, i));
            }
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        var n = Math.Min(X.Count, Y.Count);
        if (Lower is not null && Upper is not null)
        {
            RenderBand(canvas, n);
        }

        var path = new PathData();
        var penDown = false;
        for (var i = 0; i < n; i++)
        {
            if (!PanelCanvas.Usable(X[i], Y[i]))
            {
                penDown = false;
                continue;
            }

            var (px, py) = (canvas.X.Map(X[i]), canvas.Y.Map(Y[i]));
            if (penDown)
            {
                path.LineTo(px, py);
            }
            else
            {
                path.MoveTo(px, py);
                penDown = true;
            }
        }

        if (!path.IsEmpty)
        {
            var extra = Opacity < 1 ? "stroke-opacity=\"" + SvgWriter.Number(Opacity) + "\"" : null;
            canvas.Writer.Path(path.ToString(), Color, Width, "none", dash: Dashed ? "4 2" : null, title: Title, extra: extra);
        }

        if (Markers)
        {
            for (var i = 0; i < n; i++)
            {
                if (PanelCanvas.Usable(X[i], Y[i]))
                {
                    var tip = LabelAt(PointLabels, i) ?? ValueText.Format(X[i]) + ", " + ValueText.Format(Y[i]);
                    canvas.Writer.Circle(canvas.X.Map(X[i]), canvas.Y.Map(Y[i]), 2, Color, "#FFFFFF", title: tip);
                }
            }
        }
    }

    private void RenderBand(PanelCanvas canvas, int n)
    {
        // One polygon per run of consecutive points where x, lower and upper are all usable.
        var run = new List<int>();
        for (var i = 0; i <= n; i++)
        {
            if (i < n && PanelCanvas.Usable(X[i]) && PanelCanvas.Usable(At(Lower, i), At(Upper, i)))
            {
                run.Add(i);
                continue;
            }

            if (run.Count > 1)
            {
                var path = new PathData();
                path.MoveTo(canvas.X.Map(X[run[0]]), canvas.Y.Map(At(Upper, run[0])));
                foreach (var j in run.Skip(1))
                {
                    path.LineTo(canvas.X.Map(X[j]), canvas.Y.Map(At(Upper, j)));
                }

                for (var k = run.Count - 1; k >= 0; k--)
                {
                    path.LineTo(canvas.X.Map(X[run[k]]), canvas.Y.Map(At(Lower, run[k])));
                }

                canvas.Writer.Path(path.Close().ToString(), null, 0, Color, fillOpacity: 0.2);
            }

            run.Clear();
        }
    }
}
