namespace Alliance.Plots.Scales;

/// <summary>An axis after layout: its data interval and labelled tick positions.</summary>
internal sealed record ResolvedAxis(double Min, double Max, IReadOnlyList<(double Value, string Label)> Ticks)
{
    /// <summary>Category labels sit inside their slots and need no extra margin at the axis end.</summary>
    public bool Categorical { get; init; }

    /// <summary>Lines of the tallest tick label (category names may wrap onto two).</summary>
    public int LabelLines => Ticks.Select(t => t.Label.Count(c => c == '\n') + 1).DefaultIfEmpty(1).Max();

    public double MaxLabelWidth(double fontSize) =>
        Ticks.SelectMany(t => t.Label.Split('\n')).Select(l => Rendering.TextMeasure.Width(l, fontSize)).DefaultIfEmpty(0).Max();
}
