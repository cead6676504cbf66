using System.Globalization;
using Alliance.Plots.Rendering;

namespace Alliance.Plots.Layers;

/// <summary>
/// Histogram of the finite values. Default breaks: Sturges' number of classes, ⌈log₂ n⌉ + 1, as
/// R's <c>hist()</c>, placed on Heckbert-nice boundaries (<see cref="NiceTicks.Loose"/>; R uses
/// <c>pretty()</c>, so breaks can differ from R's in borderline cases). Intervals are
/// right-closed with the lowest one closed on both sides, as R's default
/// (<c>right = TRUE, include.lowest = TRUE</c>).
/// </summary>
public sealed class Histogram : Layer
{
    /// <summary>A histogram of <paramref name="values"/>.</summary>
    public Histogram(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Values = values;
    }

    /// <summary>The sample.</summary>
    public IReadOnlyList<double> Values { get; }

    /// <summary>Explicit, increasing class boundaries; <c>null</c> = Sturges.</summary>
    public IReadOnlyList<double>? Breaks { get; set; }

    /// <summary>Plot densities (area 1) rather than counts, to overlay a <see cref="DensityCurve"/>.</summary>
    public bool Density { get; set; }

    internal override LegendSymbol Symbol => LegendSymbol.Box;

    internal override double LegendOpacity => 0.75;

    /// <summary>The class boundaries and counts actually used.</summary>
    public (IReadOnlyList<double> Breaks, IReadOnlyList<int> Counts) Bins()
    {
        var x = FiniteValues.Sorted(Values);
        if (x.Length == 0)
        {
            return ([], []);
        }

        var breaks = Breaks?.Where(DataExtent.IsUsable).ToArray()
            ?? NiceTicks.Loose(x[0], x[^1], (int)Math.Ceiling(Math.Log2(x.Length)) + 2).Values.ToArray();
        if (breaks.Length < 2)
        {
            return ([], []);
        }

        var counts = new int[breaks.Length - 1];
        foreach (var v in x)
        {
            for (var b = 0; b < counts.Length; b++)
            {
                if ((v > breaks[b] || (b == 0 && v == breaks[0])) && v <= breaks[b + 1])
                {
                    counts[b]++;
                    break;
                }
            }
        }

        return (breaks, counts);
    }

    internal override void Measure(DataExtent extent)
    {
        extent.ZeroBaseline = true;
        var (breaks, counts) = Bins();
        if (counts.Count == 0)
        {
            return;
        }

        extent.IncludeX(breaks[0]);
        extent.IncludeX(breaks[^1]);
        extent.IncludeY(0);
        for (var b = 0; b < counts.Count; b++)
        {
            extent.IncludeY(Height(breaks, counts, b));
        }
    }

    internal override void Render(PanelCanvas canvas)
    {
        var (breaks, counts) = Bins();
        for (var b = 0; b < counts.Count; b++)
        {
            var height = Height(breaks, counts, b);
            var (x0, x1) = (canvas.X.Map(breaks[b]), canvas.X.Map(breaks[b + 1]));
            var (y0, y1) = (canvas.Y.Map(0), canvas.Y.Map(height));
            var tip = "(" + ValueText.Format(breaks[b]) + ", " + ValueText.Format(breaks[b + 1]) + "]: "
                + counts[b].ToString(CultureInfo.InvariantCulture);
            canvas.Writer.Rect(x0, Math.Min(y0, y1), x1 - x0, Math.Abs(y0 - y1), Color, "#FFFFFF", 0.75, tip);
        }
    }

    private double Height(IReadOnlyList<double> breaks, IReadOnlyList<int> counts, int b)
    {
        if (!Density)
        {
            return counts[b];
        }

        var total = counts.Sum();
        return counts[b] / (total * (breaks[b + 1] - breaks[b]));
    }
}
