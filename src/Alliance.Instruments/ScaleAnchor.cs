namespace Alliance.Instruments;

/// <summary>A labelled point of a response scale, e.g. 1 = "never".</summary>
/// <param name="Value">The scale value the label belongs to.</param>
/// <param name="Label">The label in every declared language.</param>
public sealed record ScaleAnchor(double Value, LocalizedText Label);
