namespace Alliance.Plots.Rendering;

internal sealed record LegendEntry(string Label, string Color, LegendSymbol Symbol, double Opacity = 1);
