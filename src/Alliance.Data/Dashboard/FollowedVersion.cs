namespace Alliance.Data.Dashboard;

/// <summary>A frozen version of a client form: the form (instrument id) it belongs to and the score id the dashboard follows on it.</summary>
public sealed record FollowedVersion(Guid VersionId, string Form, string ScoreId)
{
    /// <summary>
    /// Whether every form's versions follow the same score, so that a form's series is one kept series (per form and
    /// score, <c>client_score_spreads</c>); otherwise only a scan of every score can mix the scores in one series.
    /// </summary>
    public static bool OneScorePerForm(IEnumerable<FollowedVersion> versions) =>
        !versions.GroupBy(v => v.Form, StringComparer.Ordinal).Any(f => f.Select(v => v.ScoreId).Distinct(StringComparer.Ordinal).Skip(1).Any());
}
