using Alliance.Analysis.Descriptives;
using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// Gaussian kernel density curve of the finite values (<see cref="KernelDensity"/>; bandwidth
/// R <c>bw.nrd0</c> unless given). Nothing is drawn for an empty sample.
/// </summary>
public sealed class DensityCurve : Layer
{
    /// <summary>The kernel density of <paramref name="values"/>.</summary>
    public DensityCurve(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    /// <summary>The sample.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Kernel bandwidth (SD of the Gaussian kernel); <c>null</c> = Silverman's rule.</summary>
    public double? Bandwidth { get; set; }

    /// <summary>Shade the area under the curve.</summary>
    public bool Filled { get; set; }

    private IReadOnlyList<(double X, double Density)> Curve() => KernelDensity.Curve(FiniteValues.Sorted(Values), Bandwidth);

    internal override void Measure(DataExtent extent)
    {
        extent.ZeroBaseline = true;
        foreach (var (x, d) in Curve())
        {
            extent.Include(x, d);
        }

        if (extent.HasY)
        {
            extent.IncludeY(0);
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        var curve = Curve().Where(p => PanelCanvas.Usable(p.X, p.Density)).ToArray();
        if (curve.Length < 2)
        {
            return;
        }

        var line = new PathData();
        line.MoveTo(canvas.X.Map(curve[0].X), canvas.Y.Map(curve[0].Density));
        foreach (var (x, d) in curve.Skip(1))
        {
            line.LineTo(canvas.X.Map(x), canvas.Y.Map(d));
        }

        if (Filled)
        {
            var area = line.ToString() + "L" + SvgWriter.Number(canvas.X.Map(curve[^1].X)) + " " + SvgWriter.Number(canvas.Y.Map(0))
                + "L" + SvgWriter.Number(canvas.X.Map(curve[0].X)) + " " + SvgWriter.Number(canvas.Y.Map(0)) + "Z";
            canvas.Writer.Path(area, null, 0, Color, 0.2);
        }

        canvas.Writer.Path(line.ToString(), Color, 1.2, "none");
    }
}
