using Alliance.Analysis.Descriptives;
using Alliance.Plots.Scales;
using ScottPlot;

namespace Alliance.Plots;

/// <summary>Lines, points, bands, bars and reference lines.</summary>
public sealed partial class Panel
{
    /// <summary>
    /// A line through (x, y) in the given order, broken at unusable values (NaN never drawn); with
    /// <paramref name="markers"/> a dot at each point. <paramref name="legend"/> names it in the figure legend.
    /// </summary>
    public Panel AddLine(IReadOnlyList<double> x, IReadOnlyList<double> y, string color, string? legend = null,
        double width = 1.2, bool dashed = false, bool markers = false, double opacity = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var first = true;
        foreach (var run in Runs(x, y))
        {
            var line = Plot.Add.ScatterLine(run.Select(i => x[i]).ToArray(), run.Select(i => y[i]).ToArray(), Colour(color, opacity));
            line.LineWidth = (float)width;
            line.LinePattern = dashed ? Rendering.PlotStyle.Dashed : LinePattern.Solid;
            line.MarkerShape = markers ? MarkerShape.FilledCircle : MarkerShape.None;
            line.MarkerSize = markers ? 4 : 0;
            line.LegendText = first ? legend ?? "" : "";
            first = false;
            foreach (var i in run)
            {
                Extent.Include(x[i], y[i]);
            }
        }

        return this;
    }

    /// <summary>
    /// Unconnected points. Points are drawn at <paramref name="opacity"/> so tied points show darker where they overlap.
    /// </summary>
    public Panel AddPoints(IReadOnlyList<double> x, IReadOnlyList<double> y, string color, string? legend = null, double opacity = 1)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var usable = Runs(x, y).SelectMany(r => r).ToArray();
        if (usable.Length == 0)
        {
            return this;
        }

        var points = Plot.Add.Markers(usable.Select(i => x[i]).ToArray(), usable.Select(i => y[i]).ToArray(),
            MarkerShape.FilledCircle, 4.5f, Colour(color, opacity));
        points.LegendText = legend ?? "";
        foreach (var i in usable)
        {
            Extent.Include(x[i], y[i]);
        }

        return this;
    }

    /// <summary>A shaded band between <paramref name="lower"/> and <paramref name="upper"/>, broken where either is unusable.</summary>
    public Panel AddBand(IReadOnlyList<double> x, IReadOnlyList<double> lower, IReadOnlyList<double> upper, string color, double opacity = 0.2)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        var both = Enumerable.Range(0, Math.Min(lower.Count, upper.Count))
            .Select(i => DataExtent.IsUsable(lower[i]) && DataExtent.IsUsable(upper[i]) ? 0.0 : double.NaN).ToArray();
        foreach (var run in Runs(x, both).Where(r => r.Length >= 2))
        {
            var band = Plot.Add.FillY(run.Select(i => x[i]).ToArray(), run.Select(i => lower[i]).ToArray(), run.Select(i => upper[i]).ToArray());
            band.FillStyle.Color = Colour(color, opacity);
            band.LineStyle.Width = 0;
            band.MarkerStyle = MarkerStyle.None;
            foreach (var i in run)
            {
                Extent.Include(x[i], lower[i]);
                Extent.Include(x[i], upper[i]);
            }
        }

        return this;
    }

    /// <summary>
    /// A horizontal reference line (cutoff, bias, limit) across the panel; its <paramref name="label"/> goes in the right
    /// margin beside it, never over the data. An unusable <paramref name="y"/> draws nothing.
    /// </summary>
    public Panel AddHorizontalLine(double y, string? label, string color, bool dashed = true)
    {
        if (!DataExtent.IsUsable(y))
        {
            return this;
        }

        var line = Plot.Add.HorizontalLine(y, 1, Colour(color), dashed ? Rendering.PlotStyle.Dashed : LinePattern.Solid);
        line.EnableAutoscale = false;
        Extent.IncludeY(y);
        if (!string.IsNullOrEmpty(label))
        {
            MarginLabels.Add(new MarginLabel(y, label, color));
        }

        return this;
    }

    /// <summary>The line y = x across the resolved axes (perfect agreement), in light grey.</summary>
    public Panel AddIdentityLine()
    {
        _afterLayout.Add((plot, x, y) =>
        {
            var (lo, hi) = (Math.Max(x.Min, y.Min), Math.Min(x.Max, y.Max));
            if (!(lo < hi))
            {
                return [];
            }

            var line = plot.Add.Line(lo, lo, hi, hi);
            line.LineColor = Colour("#AAAAAA");
            line.LineWidth = 1;
            line.LinePattern = Rendering.PlotStyle.Dashed;
            plot.MoveToBack(line);
            return [line];
        });
        return this;
    }

    /// <summary>The OLS line of y on x (R <c>lm(y ~ x)</c>) over the usable x range; nothing when it is undefined.</summary>
    public Panel AddRegressionLine(IReadOnlyList<double> x, IReadOnlyList<double> y, string color, string? legend = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var usable = Runs(x, y).SelectMany(r => r).ToArray();
        var fit = LeastSquaresLine.Fit([.. usable.Select(i => x[i])], [.. usable.Select(i => y[i])]);
        if (fit is null)
        {
            return this;
        }

        var (lo, hi) = (usable.Min(i => x[i]), usable.Max(i => x[i]));
        var (ylo, yhi) = (fit.Intercept + (fit.Slope * lo), fit.Intercept + (fit.Slope * hi));
        if (DataExtent.IsUsable(ylo) && DataExtent.IsUsable(yhi))
        {
            var line = Plot.Add.Line(lo, ylo, hi, yhi);
            line.LineColor = Colour(color);
            line.LineWidth = 1.2f;
            line.LegendText = legend ?? "";
            var n = fit.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Tooltips.Add(((lo + hi) / 2, (ylo + yhi) / 2, false, ChartWording.Format("chart.ols.point", ValueText.Format(fit.Intercept), ValueText.Format(fit.Slope), n)));
        }

        return this;
    }

    /// <summary>
    /// Event markers: a dotted vertical line at each x and a triangle along the top of the panel (pointing down for
    /// ruptures, up for repairs).
    /// </summary>
    public Panel AddEventMarkers(IReadOnlyList<double> x, string color, bool pointsDown, string? legend = null, IReadOnlyList<string>? tooltips = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        var usable = x.Where(DataExtent.IsUsable).ToArray();
        for (var i = 0; i < x.Count; i++)
        {
            if (DataExtent.IsUsable(x[i]))
            {
                Extent.IncludeX(x[i]);
                if (tooltips is not null && i < tooltips.Count)
                {
                    Tooltips.Add((x[i], double.NaN, true, tooltips[i]));
                }
            }
        }

        if (usable.Length == 0)
        {
            return this;
        }

        var shape = pointsDown ? MarkerShape.FilledTriangleDown : MarkerShape.FilledTriangleUp;
        if (!string.IsNullOrEmpty(legend))
        {
            DeferredLegend.Add(new LegendItem { LabelText = legend, MarkerStyle = new MarkerStyle(shape, 7, Colour(color)), LineStyle = LineStyle.None });
        }

        _afterLayout.Add((plot, _, y) =>
        {
            var top = y.Max - (0.04 * (y.Max - y.Min));
            var placed = new List<IPlottable>();
            foreach (var value in usable)
            {
                var line = plot.Add.VerticalLine(value, 1, Colour(color), Rendering.PlotStyle.Dotted);
                line.EnableAutoscale = false;
                placed.Add(line);
            }

            placed.Add(plot.Add.Markers(usable, [.. usable.Select(_ => top)], shape, 7, Colour(color)));
            return placed;
        });
        return this;
    }

    /// <summary>Bars of the given heights at x, <paramref name="width"/> in x units, from zero.</summary>
    public Panel AddBars(IReadOnlyList<double> x, IReadOnlyList<double> heights, string color, string? legend = null, double width = 0.8)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(heights);
        var usable = Runs(x, heights).SelectMany(r => r).ToArray();
        var bars = usable.Select(i => new Bar
        {
            Position = x[i],
            Value = heights[i],
            Size = width,
            FillColor = Colour(color),
            LineWidth = 0,
        }).ToList();
        var plottable = Plot.Add.Bars(bars);
        plottable.LegendText = legend ?? "";
        foreach (var i in usable)
        {
            Extent.Include(x[i], heights[i]);
            Extent.Include(x[i] - (width / 2), 0);
            Extent.Include(x[i] + (width / 2), 0);
        }

        Extent.ZeroBaseline = true;
        return this;
    }
}
