namespace Alliance.Data.Dashboard;

/// <summary>A frozen version of a client form: the form (instrument id) it belongs to and the score id the dashboard follows on it.</summary>
public sealed record FollowedVersion(Guid VersionId, string Form, string ScoreId);
