namespace Alliance.Plots.Layers;

/// <summary>A named sample: one box or violin (a subscale, a therapist, a condition).</summary>
public sealed record Group(string Name, IReadOnlyList<double> Values);
