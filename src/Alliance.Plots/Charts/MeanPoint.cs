namespace Alliance.Plots.Charts;

/// <summary>
/// The model-implied mean at a session (e.g. fixed effects of a growth model) with an optional
/// confidence interval; the chart draws what the caller computed.
/// </summary>
public sealed record MeanPoint(double Session, double Mean, double? Lower = null, double? Upper = null);
