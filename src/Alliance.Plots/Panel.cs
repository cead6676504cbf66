using Alliance.Plots.Scales;
using ScottPlot;

namespace Alliance.Plots;

/// <summary>
/// One plotting area of a figure: a ScottPlot <see cref="ScottPlot.Plot"/> plus the axis settings the figure resolves
/// when it renders (range, ticks, shared scales). Add data through the <c>Add…</c> methods: they skip NaN and ±Infinity
/// (a line breaks there) and record the data range. A figure with several panels is a set of small multiples.
/// </summary>
public sealed partial class Panel
{
    private readonly List<Func<Plot, ResolvedAxis, ResolvedAxis, IEnumerable<IPlottable>>> _afterLayout = [];
    private readonly List<IPlottable> _placed = [];

    /// <summary>Panel title (the facet label in small multiples, e.g. "Dyad 3").</summary>
    public string? Title { get; set; }

    /// <summary>The horizontal axis.</summary>
    public Axis X { get; } = new();

    /// <summary>The vertical axis.</summary>
    public Axis Y { get; } = new();

    /// <summary>The ScottPlot plot the series are drawn on; styled and laid out by the figure when it renders.</summary>
    public Plot Plot { get; } = new();

    /// <summary>Text shown in the plotting area when nothing finite was added.</summary>
    public string EmptyMessage { get; set; } = ChartWording.Get("chart.empty");

    /// <summary>Labels of horizontal reference lines, drawn in the right margin beside their line.</summary>
    internal List<MarginLabel> MarginLabels { get; } = [];

    /// <summary>Hover texts at data points; <c>AtTop</c> puts one at the top of the panel (event markers).</summary>
    internal List<(double X, double Y, bool AtTop, string Text)> Tooltips { get; } = [];

    /// <summary>
    /// Hover texts (SVG <c>&lt;title&gt;</c>, read by screen readers and shown on pointing) at the given points; points
    /// with an unusable coordinate get none.
    /// </summary>
    public Panel AddTooltips(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(texts);
        foreach (var i in Runs(x, y).SelectMany(r => r).Where(i => i < texts.Count))
        {
            Tooltips.Add((x[i], y[i], false, texts[i]));
        }

        return this;
    }

    /// <summary>The range of the finite data added so far.</summary>
    internal DataExtent Extent { get; } = new();

    internal bool IsEmpty => !Extent.HasX && !Extent.HasY;

    /// <summary>Legend entries of what is only placed once the axes are known (event markers).</summary>
    internal List<LegendItem> DeferredLegend { get; } = [];

    /// <summary>
    /// Places what needs the resolved axis ranges (markers along the top, the identity line), replacing what an earlier
    /// render placed, so rendering twice gives the same drawing.
    /// </summary>
    internal void AfterLayout(ResolvedAxis x, ResolvedAxis y)
    {
        foreach (var plottable in _placed)
        {
            Plot.Remove(plottable);
        }

        _placed.Clear();
        foreach (var step in _afterLayout)
        {
            _placed.AddRange(step(Plot, x, y));
        }
    }

    private static ScottPlot.Color Colour(string hex, double opacity = 1) => ScottPlot.Color.FromHex(hex).WithOpacity(opacity);

    /// <summary>Runs of consecutive indices whose x and y are both usable (finite, within ±1e150).</summary>
    private static IEnumerable<int[]> Runs(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var run = new List<int>();
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            if (DataExtent.IsUsable(x[i]) && DataExtent.IsUsable(y[i]))
            {
                run.Add(i);
            }
            else if (run.Count > 0)
            {
                yield return [.. run];
                run.Clear();
            }
        }

        if (run.Count > 0)
        {
            yield return [.. run];
        }
    }
}
