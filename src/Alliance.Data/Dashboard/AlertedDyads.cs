using Npgsql;

namespace Alliance.Data.Dashboard;

/// <summary>
/// The visible dyads with at least one alert the member may see, as a CTE (<c>alerted(dyad_id)</c>) for the alert
/// filter. A cutoff alert: the latest submitted response of a client form with cutoffs meets one of its version's
/// cutoffs on its stored score. A rupture: on a client form, a session's score (a session's several responses
/// averaged) lies at least k·SD below one of the <c>span</c> rated sessions before it — the rupture rule finds an
/// episode exactly when such a drop exists, since its first drop always starts one (Analysis/Ruptures/RuptureDetector).
/// The episodes themselves, for the dyads shown, come from that rule in C#.
/// </summary>
internal static class AlertedDyads
{
    /// <summary>The rules as tables: client form versions, SDs per form, cutoffs per version.</summary>
    private const string Rules = """
        versions AS (SELECT * FROM unnest(@a_versions::uuid[], @a_forms::text[], @a_scores::text[]) AS x(version_id, form, score_id)),
        spread AS (SELECT * FROM unnest(@a_sd_forms::text[], @a_sds::float8[]) AS x(form, sd)),
        cutoffs AS (SELECT * FROM unnest(@a_cut_versions::uuid[], @a_cut_scores::text[], @a_cut_ops::text[], @a_cut_thresholds::float8[])
            AS x(version_id, score_id, op, threshold))
        """;

    /// <summary>Whether latest scores <c>l.scores</c> meet cutoff <c>k</c>.</summary>
    private const string CutoffMet = """
        CASE k.op WHEN '<' THEN (l.scores ->> k.score_id)::float8 < k.threshold
                  WHEN '<=' THEN (l.scores ->> k.score_id)::float8 <= k.threshold
                  WHEN '>' THEN (l.scores ->> k.score_id)::float8 > k.threshold
                  ELSE (l.scores ->> k.score_id)::float8 >= k.threshold END
        """;

    /// <summary>Whether a drop <paramref name="drop"/> reaches k·SD (RuptureDetector's tolerance), with the form's SD <c>spread.sd</c>.</summary>
    private static string Reaches(string drop) => $"{drop} >= @a_k * spread.sd - 1e-12 * spread.sd";

    /// <summary>The scan of every client score of the visible dyads: for rules <see cref="AlertRules.Kept"/> does not answer.</summary>
    public static readonly string Cte = $"""
        {Rules},
        client_scores AS (
            SELECT v.dyad_id, s.number, i.status, x.form, x.version_id, x.score_id, r.scores
            FROM visible v
            JOIN sessions s ON s.study_id = v.study_id AND s.dyad_id = v.dyad_id
            JOIN invitations i ON i.study_id = s.study_id AND i.session_id = s.session_id AND i.role = 'client'
            JOIN versions x ON x.version_id = i.instrument_version_id
            JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
            WHERE v.arm IS NULL OR NOT v.arm = ANY(@a_hidden_arms)),
        latest AS (
            SELECT DISTINCT ON (c.dyad_id, c.form) c.dyad_id, c.version_id, c.scores
            FROM client_scores c
            WHERE c.status = 'submitted' AND EXISTS (SELECT 1 FROM cutoffs k WHERE k.version_id = c.version_id)
            ORDER BY c.dyad_id, c.form, c.number DESC),
        session_scores AS (
            SELECT c.dyad_id, c.form, c.number, avg((c.scores ->> c.score_id)::float8) AS score
            FROM client_scores c WHERE c.scores ->> c.score_id IS NOT NULL
            GROUP BY c.dyad_id, c.form, c.number),
        drops AS (
            SELECT p.dyad_id, p.form, p.score,
                max(p.score) OVER (PARTITION BY p.dyad_id, p.form ORDER BY p.number ROWS BETWEEN @a_span PRECEDING AND 1 PRECEDING) AS before
            FROM session_scores p),
        alerted AS (
            SELECT l.dyad_id FROM latest l JOIN cutoffs k ON k.version_id = l.version_id
            WHERE {CutoffMet}
            UNION
            SELECT w.dyad_id FROM drops w JOIN spread USING (form)
            WHERE {Reaches("w.before - w.score")})
        """;

    /// <summary>
    /// The same dyads from the kept per-dyad state (migration DyadSummaries): each client form version's latest
    /// submitted scores (<c>client_latest_scores</c>; per form, the latest among the versions with cutoffs) and each
    /// client series' largest drop over <see cref="AlertRules.KeptSpan"/> sessions (<c>client_score_spreads.max_drop</c>,
    /// on the form's followed score): some drop reaches k·SD exactly when the largest does. One row per visible dyad and
    /// form instead of every client score. Whether a version's latest scores meet a cutoff is decided before the latest
    /// is picked, so the sort carries a flag instead of the scores.
    /// </summary>
    public static readonly string KeptCte = $"""
        {Rules},
        followed AS (SELECT DISTINCT form, score_id FROM versions),
        shown AS (SELECT v.study_id, v.dyad_id FROM visible v WHERE v.arm IS NULL OR NOT v.arm = ANY(@a_hidden_arms)),
        latest AS (
            SELECT DISTINCT ON (l.dyad_id, x.form) l.dyad_id,
                EXISTS (SELECT 1 FROM cutoffs k WHERE k.version_id = l.instrument_version_id AND {CutoffMet}) AS met
            FROM shown v
            JOIN client_latest_scores l ON l.study_id = v.study_id AND l.dyad_id = v.dyad_id
            JOIN versions x ON x.version_id = l.instrument_version_id
            WHERE EXISTS (SELECT 1 FROM cutoffs k WHERE k.version_id = l.instrument_version_id)
            ORDER BY l.dyad_id, x.form, l.number DESC),
        alerted AS (
            SELECT l.dyad_id FROM latest l WHERE l.met
            UNION
            SELECT c.dyad_id
            FROM shown v
            JOIN client_score_spreads c ON c.study_id = v.study_id AND c.dyad_id = v.dyad_id
            JOIN followed f ON f.form = c.instrument_id AND f.score_id = c.score_id
            JOIN spread ON spread.form = f.form
            WHERE {Reaches("c.max_drop")})
        """;

    public static IEnumerable<NpgsqlParameter> Parameters(AlertRules rules)
    {
        // A form whose SD is missing, zero or not finite finds no rupture (RuptureDetector); PostgreSQL orders NaN above
        // every number, so such forms are left out here rather than compared.
        var sds = rules.Sds.Where(s => s.Value > 0 && double.IsFinite(s.Value)).ToList();
        return
        [
            new NpgsqlParameter<Guid[]>("a_versions", [.. rules.Versions.Select(v => v.VersionId)]),
            new NpgsqlParameter<string[]>("a_forms", [.. rules.Versions.Select(v => v.Form)]),
            new NpgsqlParameter<string[]>("a_scores", [.. rules.Versions.Select(v => v.ScoreId)]),
            new NpgsqlParameter<string[]>("a_sd_forms", [.. sds.Select(s => s.Key)]),
            new NpgsqlParameter<double[]>("a_sds", [.. sds.Select(s => s.Value)]),
            new NpgsqlParameter<Guid[]>("a_cut_versions", [.. rules.Cutoffs.Select(c => c.VersionId)]),
            new NpgsqlParameter<string[]>("a_cut_scores", [.. rules.Cutoffs.Select(c => c.ScoreId)]),
            new NpgsqlParameter<string[]>("a_cut_ops", [.. rules.Cutoffs.Select(c => c.Operator)]),
            new NpgsqlParameter<double[]>("a_cut_thresholds", [.. rules.Cutoffs.Select(c => c.Threshold)]),
            new NpgsqlParameter<string[]>("a_hidden_arms", [.. rules.HiddenArms]),
            new NpgsqlParameter<double>("a_k", rules.K),
            new NpgsqlParameter<int>("a_span", rules.Span),
        ];
    }
}
