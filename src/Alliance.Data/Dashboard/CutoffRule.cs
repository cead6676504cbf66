namespace Alliance.Data.Dashboard;

/// <summary>One cutoff of a version as SQL compares it: the stored score <see cref="ScoreId"/>, <c>&lt; &lt;= &gt; &gt;=</c>, the threshold.</summary>
public sealed record CutoffRule(Guid VersionId, string ScoreId, string Operator, double Threshold);
