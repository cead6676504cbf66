using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>Points at (X[i], Y[i]), each with a <c>&lt;title&gt;</c> tooltip.</summary>
public sealed class ScatterSeries : Layer
{
    /// <summary>Points (x[i], y[i]); the shorter list sets the length.</summary>
    public ScatterSeries(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = x;
        Y = y;
    }

    /// <summary>X values.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Y values.</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>Tooltip per point (e.g. "Dyad D07, session 3"); default "x, y".</summary>
    public IReadOnlyList<string>? PointLabels { get; set; }

    /// <summary>Marker radius in points.</summary>
    public double Radius { get; set; } = 2.2;

    /// <summary>Fill opacity; below 1 shows overplotting.</summary>
    public double Opacity { get; set; } = 0.7;

    internal override LegendSymbol Symbol => LegendSymbol.Marker;

    internal override void Measure(DataExtent extent)
    {
        for (var i = 0; i < Math.Min(X.Count, Y.Count); i++)
        {
            extent.Include(X[i], Y[i]);
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        for (var i = 0; i < Math.Min(X.Count, Y.Count); i++)
        {
            if (!PanelCanvas.Usable(X[i], Y[i]))
            {
                continue;
            }

            var label = LabelAt(PointLabels, i);
            var values = ValueText.Format(X[i]) + ", " + ValueText.Format(Y[i]);
            var tip = label is null ? values : label + ": " + values;
            canvas.Writer.Circle(canvas.X.Map(X[i]), canvas.Y.Map(Y[i]), Radius, Color, "#FFFFFF", Opacity, tip);
        }
    }
}
