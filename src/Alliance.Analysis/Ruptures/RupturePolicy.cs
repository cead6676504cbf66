namespace Alliance.Analysis.Ruptures;

/// <summary>
/// The rupture policy of the project's own summaries — <c>alliance report</c> and the workspace dashboard — written
/// once so the two always flag the same sessions. Conventions:
/// <list type="bullet">
/// <item>One score per client and session: when a client answered the followed form more than once in one session,
/// the scores are averaged (arithmetic mean); missing scores (NaN) are skipped, and a session with no score is left
/// out of the series rather than counted as a drop.</item>
/// <item>The rule is <see cref="RuptureDetector"/> with k = 2 SD, span 1 (session-to-session drops only) and a
/// repair window of 3 sessions, the SD being the stricter (larger) of the within- and between-client SDs of all the
/// series passed together — the stricter of the two published thresholds (Stiles et al. 2004; Gumz et al. 2012,
/// BMC Med Res Methodol 12:10), as docs/mixed-models.md describes.</item>
/// </list>
/// <c>alliance ruptures</c> exposes every parameter instead and does not use this policy.
/// </summary>
public static class RupturePolicy
{
    /// <summary>k = 2 SD, span 1, repair window 3, SD from the data.</summary>
    public static RuptureOptions Options { get; } = new() { K = 2, Span = 1, Window = 3 };

    /// <summary>Session → mean of the non-missing scores given in that session, in session order.</summary>
    public static SortedDictionary<TSession, double> SessionMeans<TSession>(IEnumerable<(TSession Session, double Score)> scores)
        where TSession : notnull
    {
        ArgumentNullException.ThrowIfNull(scores);
        var result = new SortedDictionary<TSession, double>();
        foreach (var g in scores.Where(s => !double.IsNaN(s.Score)).GroupBy(s => s.Session))
        {
            result[g.Key] = g.Average(s => s.Score);
        }
        return result;
    }

    /// <summary>
    /// Rupture episodes over every client's series: the scores are first reduced to one per client and session
    /// (<see cref="SessionMeans{TSession}"/>), then <see cref="RuptureDetector"/> runs with <see cref="Options"/>.
    /// </summary>
    public static RuptureReport Detect(IEnumerable<SessionScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var perSession = scores.GroupBy(s => s.Client, StringComparer.Ordinal)
            .SelectMany(g => SessionMeans(g.Select(s => (s.Session, s.Score))).Select(m => new SessionScore(g.Key, m.Key, m.Value)));
        return RuptureDetector.Detect(perSession, Options);
    }
}
