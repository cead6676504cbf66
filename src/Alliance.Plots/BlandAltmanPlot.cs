using System.Globalization;
using Alliance.Analysis.Agreement;
using Alliance.Plots.Scales;

namespace Alliance.Plots;

/// <summary>
/// Builds a Bland–Altman panel: for each complete pair, the mean of the two measurements (x)
/// against their difference first − second (y), with the bias and the 95 % limits of agreement
/// (<see cref="BlandAltman"/>: bias ± 1.96 SD, N−1) as lines labelled in the right margin.
/// Points are semi-transparent, so tied pairs show darker.
/// </summary>
public static class BlandAltmanPlot
{
    /// <summary>Opacity of the points: two tied points are visibly darker than one.</summary>
    public const double PointOpacity = 0.55;

    /// <summary>
    /// A panel comparing <paramref name="first"/> with <paramref name="second"/> (same length,
    /// same targets). <paramref name="labels"/> become point tooltips. With fewer than two complete pairs the points are drawn without lines.
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
        panel.X.Label = ChartWording.Format("chart.ba.x", firstName, secondName);
        panel.Y.Label = ChartWording.Format("chart.ba.y", firstName, secondName);
        panel.AddHorizontalLine(0, null, "#AAAAAA", dashed: false);
        panel.AddPoints(means, differences, Palette.Blue, opacity: PointOpacity);
        if (labels is not null)
        {
            panel.AddTooltips(means, differences, [.. labels.Take(n).Select((l, i) => l + ": " + ValueText.Format(means[i]) + ", " + ValueText.Format(differences[i]))]);
        }
        if (Limits(first, second, n) is { } limits && double.IsFinite(limits.UpperLimit))
        {
            panel.AddHorizontalLine(limits.Bias, ChartWording.Format("chart.ba.bias", Format(limits.Bias)), Palette.Vermillion, dashed: false);
            panel.AddHorizontalLine(limits.UpperLimit, ChartWording.Format("chart.ba.upper", Format(limits.UpperLimit)), Palette.Vermillion);
            panel.AddHorizontalLine(limits.LowerLimit, ChartWording.Format("chart.ba.lower", Format(limits.LowerLimit)), Palette.Vermillion);
        }

        return panel;
    }

    /// <summary>The limits over the pairs the panel can draw (both values usable), or null with fewer than two.</summary>
    private static BlandAltmanResult? Limits(IReadOnlyList<double> first, IReadOnlyList<double> second, int n)
    {
        var drawn = Enumerable.Range(0, n).Where(i => DataExtent.IsUsable(first[i]) && DataExtent.IsUsable(second[i])).ToArray();
        return drawn.Length < 2 ? null : BlandAltman.Compute([.. drawn.Select(i => first[i])], [.. drawn.Select(i => second[i])]);
    }

    private static string Format(double value) =>
        (value < 0 ? "−" : "") + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);
}
