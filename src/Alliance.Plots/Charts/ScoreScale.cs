namespace Alliance.Plots.Charts;

/// <summary>
/// The score axis of an alliance chart: its label, the instrument's possible range (fixes the
/// axis; <c>null</c> = from the data) and an optional alert cutoff (e.g. SRS 36).
/// </summary>
public sealed record ScoreScale(string Label, double? Min = null, double? Max = null, double? AlertCutoff = null);
