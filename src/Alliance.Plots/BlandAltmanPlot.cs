using System.Globalization;
using Alliance.Analysis.Agreement;
using Alliance.Plots.Layers;
using Alliance.Plots.Rendering;

namespace Alliance.Plots;

/// <summary>
/// Builds a Bland–Altman panel: for each complete pair, the mean of the two measurements (x)
/// against their difference first − second (y), with the bias and the 95 % limits of agreement
/// (<see cref="BlandAltman"/>: bias ± 1.96 SD, N−1) as labelled horizontal lines.
/// </summary>
public static class BlandAltmanPlot
{
    /// <summary>
    /// A panel comparing <paramref name="first"/> with <paramref name="second"/> (same length,
    /// same targets). <paramref name="labels"/> become point tooltips. With fewer than two complete
    /// pairs the points are drawn without lines.
    /// </summary>
    public static Panel Create(IReadOnlyList<double> first, IReadOnlyList<double> second, string firstName, string secondName, IReadOnlyList<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var n = Math.Min(first.Count, second.Count);
        var means = new double[n];
        var differences = new double[n];
        for (var i = 0; i < n; i++)
        {
            means[i] = (first[i] + second[i]) / 2;
            differences[i] = first[i] - second[i];
        }

        var panel = new Panel();
        panel.X.Label = "Mean of " + firstName + " and " + secondName;
        panel.Y.Label = "Difference (" + firstName + " − " + secondName + ")";
        panel.Add(ReferenceLine.Horizontal(0, color: "#AAAAAA", dashed: false));
        panel.Add(new ScatterSeries(means, differences) { PointLabels = labels, Color = Palette.Blue });
        if (Limits(first, second, n) is { } limits && double.IsFinite(limits.UpperLimit))
        {
            panel.Add(ReferenceLine.Horizontal(limits.Bias, "Bias " + Format(limits.Bias), Palette.Vermillion, dashed: false));
            panel.Add(ReferenceLine.Horizontal(limits.UpperLimit, "+1.96 SD " + Format(limits.UpperLimit), Palette.Vermillion));
            panel.Add(ReferenceLine.Horizontal(limits.LowerLimit, "−1.96 SD " + Format(limits.LowerLimit), Palette.Vermillion));
        }

        return panel;
    }

    /// <summary>The limits over the pairs the panel can draw (both values usable), or null with fewer than two.</summary>
    private static BlandAltmanResult? Limits(IReadOnlyList<double> first, IReadOnlyList<double> second, int n)
    {
        var drawn = Enumerable.Range(0, n).Where(i => PanelCanvas.Usable(first[i], second[i])).ToArray();
        return drawn.Length < 2 ? null : BlandAltman.Compute([.. drawn.Select(i => first[i])], [.. drawn.Select(i => second[i])]);
    }

    private static string Format(double value) =>
        (value < 0 ? "−" : "") + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);
}
