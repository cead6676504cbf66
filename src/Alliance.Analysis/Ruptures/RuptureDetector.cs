namespace Alliance.Analysis.Ruptures;

/// <summary>
/// Finds rupture–repair episodes in session-by-session alliance scores with a parameterised rule (docs/mixed-models.md;
/// after Stiles et al. 2004, J Couns Psychol 51:81–92; Strauss et al. 2006, J Consult Clin Psychol 74:337–345;
/// Gumz, Brähler, Geyer &amp; Erices 2012, BMC Med Res Methodol 12:10). Per client, sessions are taken in order (missing scores skipped; the
/// "previous session" is the previous rated one). A rupture ends at session t when, for the smallest s in
/// 1..Span, A(t−s) − A(t) ≥ k·SD; A(t−s) is the pre-rupture level. It is repaired at the first of the next
/// Window sessions whose score is ≥ that level. The next episode's pre-rupture session can be no earlier than
/// the end of the previous one (its repair session, else its rupture session), so one drop is never counted twice.
/// </summary>
public static class RuptureDetector
{
    /// <summary>Detects episodes; the SD is the stricter of the within- and between-client SDs unless fixed in <paramref name="options"/>.</summary>
    public static RuptureReport Detect(IEnumerable<SessionScore> scores, RuptureOptions options)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.K);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Span);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Window);
        var series = scores.Where(s => double.IsFinite(s.Score))
            .GroupBy(s => s.Client, StringComparer.Ordinal)
            .Select(g => g.OrderBy(s => s.Session).ToArray())
            .ToArray();
        var (within, between) = Sds(series);
        var sd = options.Sd ?? (double.IsNaN(within) ? between : double.IsNaN(between) ? within : Math.Max(within, between));
        var episodes = new List<RuptureEpisode>();
        if (sd > 0 && double.IsFinite(sd))
        {
            foreach (var s in series)
            {
                Scan(s, options, sd, episodes);
            }
        }
        return new RuptureReport(options, within, between, sd, series.Length, episodes);
    }

    private static void Scan(SessionScore[] s, RuptureOptions options, double sd, List<RuptureEpisode> episodes)
    {
        var earliestPre = 0;
        for (var t = 1; t < s.Length; t++)
        {
            var pre = -1;
            for (var back = 1; back <= options.Span && t - back >= earliestPre; back++)
            {
                if (s[t - back].Score - s[t].Score >= options.K * sd - 1e-12 * sd)
                {
                    pre = t - back;
                    break;
                }
            }
            if (pre < 0)
            {
                continue;
            }
            var repair = -1;
            for (var u = t + 1; u < s.Length && u <= t + options.Window; u++)
            {
                if (s[u].Score >= s[pre].Score)
                {
                    repair = u;
                    break;
                }
            }
            var depth = s[pre].Score - s[t].Score;
            episodes.Add(new RuptureEpisode(s[t].Client, s[pre].Session, s[t].Session, s[pre].Score, s[t].Score,
                depth, depth / sd, repair >= 0, repair >= 0 ? s[repair].Session : null));
            earliestPre = repair >= 0 ? repair : t;
            t = earliestPre;
        }
    }

    private static (double Within, double Between) Sds(SessionScore[][] series)
    {
        var n = 0;
        var squares = 0.0;
        var means = new List<double>();
        foreach (var s in series)
        {
            var mean = s.Average(x => x.Score);
            means.Add(mean);
            squares += s.Sum(x => (x.Score - mean) * (x.Score - mean));
            n += s.Length;
        }
        var within = n > series.Length ? Math.Sqrt(squares / (n - series.Length)) : double.NaN;
        var between = double.NaN;
        if (means.Count > 1)
        {
            var grand = means.Average();
            between = Math.Sqrt(means.Sum(m => (m - grand) * (m - grand)) / (means.Count - 1));
        }
        return (within, between);
    }
}
