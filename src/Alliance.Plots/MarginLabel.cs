namespace Alliance.Plots;

/// <summary>The label of a horizontal reference line at data value <paramref name="Y"/>, drawn in the right margin.</summary>
internal sealed record MarginLabel(double Y, string Text, string Color);
