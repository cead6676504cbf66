using Alliance.Analysis.Descriptives;
using Alliance.Plots.Scales;
using ScottPlot;

namespace Alliance.Plots;

/// <summary>Box plots and violins on a categorical x axis (category i at x = i + 1).</summary>
public sealed partial class Panel
{
    /// <summary>
    /// One Tukey box per group (R <c>boxplot.stats</c>: hinges, whiskers to the furthest value within 1.5 IQR,
    /// outliers as open circles), each in its palette colour. Non-finite values are dropped.
    /// </summary>
    public Panel AddBoxes(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Categories(groups);
        for (var g = 0; g < groups.Count; g++)
        {
            AddBox(groups[g].Name, groups[g].Values, g + 1, 0.5, Palette.At(g), 0.45);
        }

        return this;
    }

    /// <summary>
    /// One violin per group: the Gaussian kernel density (R <c>density</c> with <c>bw.nrd0</c>) trimmed to the data
    /// range, widest violin 0.8 category wide, with a narrow white Tukey box inside.
    /// </summary>
    public Panel AddViolins(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        Categories(groups);
        var curves = groups.Select(g => Trimmed(g.Values)).ToArray();
        var peak = curves.SelectMany(c => c).Select(p => p.Density).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        for (var g = 0; g < groups.Count; g++)
        {
            var curve = curves[g];
            if (curve.Length >= 2 && peak > 0)
            {
                var centre = g + 1.0;
                var outline = curve.Select(p => new Coordinates(centre + (p.Density / peak * 0.4), p.X))
                    .Concat(curve.Reverse().Select(p => new Coordinates(centre - (p.Density / peak * 0.4), p.X))).ToArray();
                var violin = Plot.Add.Polygon(outline);
                violin.FillColor = Colour(Palette.At(g), 0.45);
                violin.LineColor = Colour("#333333");
                violin.LineWidth = 0.6f;
            }

            AddBox(groups[g].Name, groups[g].Values, g + 1, 0.08, "#FFFFFF", 1);
        }

        return this;
    }

    private void Categories(IReadOnlyList<(string Name, IReadOnlyList<double> Values)> groups)
    {
        X.Categories ??= [.. groups.Select(g => g.Name)];
        foreach (var value in groups.SelectMany(g => g.Values))
        {
            Extent.IncludeY(value);
        }
    }

    private void AddBox(string name, IReadOnlyList<double> values, double position, double width, string fill, double opacity)
    {
        var summary = TukeySummary.Of(values.Where(DataExtent.IsUsable));
        if (summary is null)
        {
            return;
        }

        var box = Plot.Add.Box(new ScottPlot.Box
        {
            Position = position,
            Width = width,
            BoxMin = summary.LowerHinge,
            BoxMax = summary.UpperHinge,
            BoxMiddle = summary.Median,
            WhiskerMin = summary.LowerWhisker,
            WhiskerMax = summary.UpperWhisker,
        });
        box.FillColor = Colour(fill, opacity); // Add.Box hands out a palette colour; ours replaces it
        box.LineColor = Colour("#333333");
        box.LineWidth = 0.8f;
        box.LegendText = "";
        Tooltips.Add((position, summary.Median, false, ChartWording.Format("chart.box.point", name, summary.Count,
            ValueText.Format(summary.Median), ValueText.Format(summary.LowerHinge), ValueText.Format(summary.UpperHinge))));
        foreach (var outlier in summary.Outliers)
        {
            Tooltips.Add((position, outlier, false, ChartWording.Format("chart.outlier.point", name, ValueText.Format(outlier))));
        }
        if (summary.Outliers.Count > 0)
        {
            var outliers = Plot.Add.Markers(summary.Outliers.Select(_ => position).ToArray(), [.. summary.Outliers], MarkerShape.OpenCircle, 4, Colour("#333333"));
            outliers.LegendText = "";
        }
    }

    private static (double X, double Density)[] Trimmed(IReadOnlyList<double> values)
    {
        var sorted = values.Where(DataExtent.IsUsable).Order().ToArray();
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
