namespace Alliance.Analysis.Reliability;

/// <summary>Reliability of one subscale: a result, or the reason the data cannot support one.</summary>
/// <param name="Subscale">Subscale name as given.</param>
/// <param name="Result">The analysis; null when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why no result could be computed (too few respondents or items with variance).</param>
public sealed record SubscaleReliability(string Subscale, ReliabilityResult? Result, string? Problem);
