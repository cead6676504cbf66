namespace Alliance.Analysis.Descriptives;

/// <summary>One variable summarised within one group (one combination of the grouping columns' values).</summary>
/// <param name="Group">The grouping values in the order the grouping columns were given; null for a missing value.</param>
/// <param name="Variable">Name of the summarised variable.</param>
/// <param name="Summary">Its descriptive statistics within the group.</param>
public sealed record GroupSummary(IReadOnlyList<string?> Group, string Variable, DescriptiveSummary Summary);
