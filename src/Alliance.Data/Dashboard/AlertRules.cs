namespace Alliance.Data.Dashboard;

/// <summary>
/// What the dashboard's alert filter needs to find the dyads with an alert in SQL: each client form version with the
/// form it belongs to and its followed score; the cutoffs of each version; the rupture rule's k and span with the
/// study-wide SD per client form (forms without a usable SD raise no rupture alert); and the arms whose client
/// ratings, and so alerts, the member may not see.
/// </summary>
public sealed record AlertRules(
    IReadOnlyList<FollowedVersion> Versions,
    IReadOnlyList<CutoffRule> Cutoffs,
    double K,
    int Span,
    IReadOnlyDictionary<string, double> Sds,
    IReadOnlyList<string> HiddenArms)
{
    /// <summary>
    /// The span the kept per-dyad drops are computed with (<c>client_score_spreads.max_drop</c>, migration DyadSummaries):
    /// the rupture policy's (Analysis RupturePolicy; a test fails when the two differ). The migration's SQL is built
    /// from this number, so another span needs a new migration that recomputes the drops; until then, rules with
    /// another span are read by the scan of every client score.
    /// </summary>
    public const int KeptSpan = 1;

    /// <summary>
    /// Whether the kept per-dyad state answers these rules: the span is <see cref="KeptSpan"/> and every client form's
    /// versions follow one score (kept series are per form and score; a form whose versions follow different scores
    /// mixes them in one series, which only the scan counts, as in <see cref="RuptureSpread"/>).
    /// </summary>
    public bool Kept => Span == KeptSpan && FollowedVersion.OneScorePerForm(Versions);
}
