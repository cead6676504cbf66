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
    public const string Cte = """
        versions AS (SELECT * FROM unnest(@a_versions::uuid[], @a_forms::text[], @a_scores::text[]) AS x(version_id, form, score_id)),
        spread AS (SELECT * FROM unnest(@a_sd_forms::text[], @a_sds::float8[]) AS x(form, sd)),
        cutoffs AS (SELECT * FROM unnest(@a_cut_versions::uuid[], @a_cut_scores::text[], @a_cut_ops::text[], @a_cut_thresholds::float8[])
            AS x(version_id, score_id, op, threshold)),
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
            WHERE CASE k.op WHEN '<' THEN (l.scores ->> k.score_id)::float8 < k.threshold
                            WHEN '<=' THEN (l.scores ->> k.score_id)::float8 <= k.threshold
                            WHEN '>' THEN (l.scores ->> k.score_id)::float8 > k.threshold
                            ELSE (l.scores ->> k.score_id)::float8 >= k.threshold END
            UNION
            SELECT w.dyad_id FROM drops w JOIN spread USING (form)
            WHERE w.before - w.score >= @a_k * spread.sd - 1e-12 * spread.sd)
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
