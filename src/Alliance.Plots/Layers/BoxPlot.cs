using System.Globalization;
using Alliance.Analysis.Descriptives;
using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// One Tukey box per group on a categorical x axis (<see cref="TukeySummary"/>, R
/// <c>boxplot.stats</c>): box from lower to upper hinge, a line at the median, whiskers to the
/// most extreme values within 1.5 × hinge spread, outliers as points. Groups without finite
/// values keep their slot but draw nothing.
/// </summary>
public sealed class BoxPlot : Layer
{
    /// <summary>One box per group, at x = 1…k in the order given.</summary>
    public BoxPlot(IReadOnlyList<Group> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Groups = groups;
    }

    /// <summary>The groups, one box each.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Box width as a fraction of the category spacing.</summary>
    public double BoxWidth { get; set; } = 0.5;

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
        for (var g = 0; g < Groups.Count; g++)
        {
            var summary = TukeySummary.Of(FiniteValues.Sorted(Groups[g].Values));
            if (summary is null)
            {
                continue;
            }

            var color = ColorByGroup ? Palette.At(g) : Color;
            var centre = canvas.X.Map(g + 1);
            var half = BoxWidth * canvas.X.PointsPerUnit / 2;
            DrawBox(canvas, summary, centre, half, color, Groups[g].Name);
        }
    }

    internal static void DrawBox(PanelCanvas canvas, TukeySummary s, double centre, double half, string color, string name)
    {
        var w = canvas.Writer;
        var (lw, lh, md, uh, uw) = (canvas.Y.Map(s.LowerWhisker), canvas.Y.Map(s.LowerHinge), canvas.Y.Map(s.Median), canvas.Y.Map(s.UpperHinge), canvas.Y.Map(s.UpperWhisker));
        w.Line(centre, lw, centre, lh, "#333333", 0.7);
        w.Line(centre, uh, centre, uw, "#333333", 0.7);
        w.Line(centre - (half / 2), lw, centre + (half / 2), lw, "#333333", 0.7);
        w.Line(centre - (half / 2), uw, centre + (half / 2), uw, "#333333", 0.7);
        var tip = string.Create(CultureInfo.InvariantCulture, $"{name}: n = {s.Count}, median {ValueText.Format(s.Median)}, hinges {ValueText.Format(s.LowerHinge)}–{ValueText.Format(s.UpperHinge)}");
        w.Rect(centre - half, uh, 2 * half, lh - uh, color, "#333333", 0.45, tip);
        w.Line(centre - half, md, centre + half, md, "#000000", 1.4);
        foreach (var o in s.Outliers)
        {
            w.Circle(centre, canvas.Y.Map(o), 1.6, "#FFFFFF", "#333333", title: name + " outlier: " + ValueText.Format(o));
        }
    }
}
