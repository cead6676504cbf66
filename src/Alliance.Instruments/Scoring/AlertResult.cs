namespace Alliance.Instruments.Scoring;

/// <summary>The evaluation of one cutoff for a response.</summary>
/// <param name="Cutoff">The rule (with the threshold in force).</param>
/// <param name="Triggered">True or false; null when the score it looks at is not scorable.</param>
public sealed record AlertResult(Cutoff Cutoff, bool? Triggered);
