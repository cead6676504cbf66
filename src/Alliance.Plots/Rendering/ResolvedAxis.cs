namespace Alliance.Plots.Rendering;

/// <summary>An axis after layout: its data interval and labelled tick positions.</summary>
internal sealed record ResolvedAxis(double Min, double Max, IReadOnlyList<(double Value, string Label)> Ticks)
{
    public double MaxLabelWidth(double fontSize) =>
        Ticks.Select(t => TextMetrics.Width(t.Label, fontSize)).DefaultIfEmpty(0).Max();
}
