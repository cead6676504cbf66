using Alliance.Analysis.Descriptives;
using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// One violin per group on a categorical x axis: the mirrored Gaussian kernel density
/// (<see cref="KernelDensity"/>, bandwidth R <c>bw.nrd0</c> per group), trimmed to the observed
/// range as ggplot2's <c>geom_violin(trim = TRUE)</c>, all violins scaled so the widest point
/// of the widest fills <see cref="MaxWidth"/>; with <see cref="ShowBox"/> a narrow Tukey box inside.
/// </summary>
public sealed class ViolinPlot : Layer
{
    /// <summary>One violin per group, at x = 1…k in the order given.</summary>
    public ViolinPlot(IReadOnlyList<Group> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups;
    }

    /// <summary>The groups, one violin each.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Width of the widest violin as a fraction of the category spacing.</summary>
    public double MaxWidth { get; set; } = 0.8;

    /// <summary>Draw a narrow Tukey box with the median inside each violin.</summary>
    public bool ShowBox { get; set; } = true;

    /// <summary>Give each group its own palette colour instead of <see cref="Layer.Color"/>.</summary>
    public bool ColorByGroup { get; set; } = true;

    internal override LegendSymbol Symbol => LegendSymbol.Box;

    internal override double LegendOpacity => 0.45;

    internal override void Measure(DataExtent extent)
    {
        extent.Categories ??= Groups.Select(g => g.Name).ToArray();
        foreach (var value in Groups.SelectMany(g => g.Values))
        {
            extent.IncludeY(value);
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        var curves = Groups.Select(g => Trimmed(g.Values)).ToArray();
        var peak = curves.SelectMany(c => c).Select(p => p.Density).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        for (var g = 0; g < Groups.Count; g++)
        {
            var color = ColorByGroup ? Palette.At(g) : Color;
            var centre = canvas.X.Map(g + 1);
            var scale = MaxWidth * canvas.X.PointsPerUnit / 2;
            var curve = curves[g];
            if (curve.Length >= 2 && peak > 0)
            {
                var path = new PathData();
                path.MoveTo(centre + (curve[0].Density / peak * scale), canvas.Y.Map(curve[0].X));
                foreach (var (y, d) in curve.Skip(1))
                {
                    path.LineTo(centre + (d / peak * scale), canvas.Y.Map(y));
                }

                for (var i = curve.Length - 1; i >= 0; i--)
                {
                    path.LineTo(centre - (curve[i].Density / peak * scale), canvas.Y.Map(curve[i].X));
                }

                canvas.Writer.Path(path.Close().ToString(), "#333333", 0.6, color, 0.45, title: Groups[g].Name);
            }

            var summary = TukeySummary.Of(FiniteValues.Sorted(Groups[g].Values));
            if (ShowBox && summary is not null)
            {
                BoxPlot.DrawBox(canvas, summary, centre, Math.Min(4, scale * 0.15), "#FFFFFF", Groups[g].Name);
            }
        }
    }

    private static (double X, double Density)[] Trimmed(IReadOnlyList<double> values)
    {
        var sorted = FiniteValues.Sorted(values);
        if (sorted.Length < 2 || sorted[0] == sorted[^1])
        {
            return [];
        }

        var h = KernelDensity.SilvermanBandwidth(sorted);
        var result = new (double, double)[96];
        for (var i = 0; i < result.Length; i++)
        {
            var t = sorted[0] + ((sorted[^1] - sorted[0]) * i / (result.Length - 1));
            result[i] = (t, KernelDensity.Estimate(sorted, h, t));
        }

        return result;
    }
}
