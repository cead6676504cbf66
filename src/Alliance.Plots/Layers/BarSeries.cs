using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// Vertical bars from zero to Values[i] at positions X[i] (numeric, e.g. weeks) — or at 1…k when
/// built with category names — with optional error bars from ErrorLower[i] to ErrorUpper[i]
/// (absolute ends, e.g. a 95 % CI, not ± offsets). Several series side by side: give each a
/// different <see cref="Offset"/>.
/// </summary>
public sealed class BarSeries : Layer
{
    /// <summary>Bars at numeric positions (e.g. study weeks).</summary>
    public BarSeries(IReadOnlyList<double> x, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(values);
        X = x;
        Values = values;
    }

    /// <summary>Bars on a categorical axis at positions 1…k.</summary>
    public BarSeries(IReadOnlyList<string> categories, IReadOnlyList<double> values)
        : this(Enumerable.Range(1, categories?.Count ?? 0).Select(i => (double)i).ToArray(), values)
    {
        Categories = categories;
    }

    /// <summary>Bar centres before <see cref="Offset"/>.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Bar heights (bars start at zero).</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Category names when built on a categorical axis.</summary>
    public IReadOnlyList<string>? Categories { get; }

    /// <summary>Lower ends of the error bars (absolute values), or <c>null</c>.</summary>
    public IReadOnlyList<double>? ErrorLower { get; set; }

    /// <summary>Upper ends of the error bars (absolute values), or <c>null</c>.</summary>
    public IReadOnlyList<double>? ErrorUpper { get; set; }

    /// <summary>Bar width in x units (category spacing is 1).</summary>
    public double BarWidth { get; set; } = 0.7;

    /// <summary>Shift of the bar centres in x units, for grouped bars.</summary>
    public double Offset { get; set; }

    /// <summary>Fill opacity.</summary>
    public double Opacity { get; set; } = 0.85;

    /// <summary>Tooltip per bar; default "x: value".</summary>
    public IReadOnlyList<string>? BarLabels { get; set; }

    internal override LegendSymbol Symbol => LegendSymbol.Box;

    internal override double LegendOpacity => Opacity;

    internal override void Measure(DataExtent extent)
    {
        extent.ZeroBaseline = true;
        if (Categories is not null)
        {
            extent.Categories ??= Categories;
        }

        for (var i = 0; i < Math.Min(X.Count, Values.Count); i++)
        {
            if (!PanelCanvas.Usable(X[i], Values[i]))
            {
                continue;
            }

            extent.IncludeX(X[i] + Offset - (BarWidth / 2));
            extent.IncludeX(X[i] + Offset + (BarWidth / 2));
            extent.IncludeY(0);
            extent.IncludeY(Values[i]);
            extent.IncludeY(At(ErrorLower, i));
            extent.IncludeY(At(ErrorUpper, i));
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        var w = canvas.Writer;
        for (var i = 0; i < Math.Min(X.Count, Values.Count); i++)
        {
            if (!PanelCanvas.Usable(X[i], Values[i]))
            {
                continue;
            }

            var centre = X[i] + Offset;
            var (x0, x1) = (canvas.X.Map(centre - (BarWidth / 2)), canvas.X.Map(centre + (BarWidth / 2)));
            var (y0, y1) = (canvas.Y.Map(0), canvas.Y.Map(Values[i]));
            var name = LabelAt(Categories, i) ?? ValueText.Format(X[i]);
            var tip = LabelAt(BarLabels, i) ?? (Name is null ? "" : Name + ", ") + name + ": " + ValueText.Format(Values[i]);
            w.Rect(x0, Math.Min(y0, y1), x1 - x0, Math.Abs(y1 - y0), Color, null, Opacity, tip);

            var (lo, hi) = (At(ErrorLower, i), At(ErrorUpper, i));
            if (PanelCanvas.Usable(lo, hi))
            {
                var px = canvas.X.Map(centre);
                var cap = Math.Min(3, (x1 - x0) / 4);
                w.Line(px, canvas.Y.Map(lo), px, canvas.Y.Map(hi), "#000000", 0.8);
                w.Line(px - cap, canvas.Y.Map(lo), px + cap, canvas.Y.Map(lo), "#000000", 0.8);
                w.Line(px - cap, canvas.Y.Map(hi), px + cap, canvas.Y.Map(hi), "#000000", 0.8);
            }
        }
    }
}
