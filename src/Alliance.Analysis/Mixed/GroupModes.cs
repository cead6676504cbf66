namespace Alliance.Analysis.Mixed;

/// <summary>
/// Conditional modes (BLUPs) of one random term, as lme4's <c>ranef(m)</c>: one row per level (levels in
/// sorted order, numerically for numeric IDs), one column per term.
/// </summary>
public sealed record GroupModes(string Group, IReadOnlyList<string> Terms, IReadOnlyList<string> Levels, IReadOnlyList<double[]> Values);
