using Npgsql;

namespace Alliance.Data.Dashboard;

/// <summary>
/// The spread of one client form's scores over the whole study, as the rupture rule needs it
/// (Analysis/Ruptures/RuptureDetector), aggregated in SQL instead of loading every score: each client's series is its
/// sessions' mean followed scores (missing scores skipped, sessions without a score left out, a session's several
/// responses averaged as RupturePolicy does). <see cref="Within"/> is the pooled within-client SD,
/// √(Σ over clients of Σ (x − client mean)² ÷ (N − number of clients)), NaN when no client has two sessions;
/// <see cref="Between"/> the SD of the client means (N − 1 normaliser), NaN with fewer than two clients.
/// Every client's responses count, whichever member asks, so every member sees the same ruptures.
/// </summary>
public sealed record RuptureSpread(string Form, int Clients, double Within, double Between)
{
    /// <summary>
    /// The spread per client form of <paramref name="versions"/> (every client form version of the study with its form
    /// and followed score). Read from the kept series (<c>client_score_spreads</c>, migration ClientScoreSpreads: one
    /// row per client, form and score, kept by triggers) when every version of a form follows the same score; a form
    /// whose versions follow different scores mixes them in one series, which only the scan of every score can count.
    /// </summary>
    public static async Task<IReadOnlyList<RuptureSpread>> ReadAsync(AllianceDbContext db, long studyId,
        IReadOnlyList<FollowedVersion> versions, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(versions);
        var forms = versions.GroupBy(v => v.Form, StringComparer.Ordinal).ToList();
        if (!FollowedVersion.OneScorePerForm(versions))
        {
            return await ReadAsync(db, Scan, [
                new NpgsqlParameter<long>("study", studyId),
                new NpgsqlParameter<Guid[]>("versions", [.. versions.Select(v => v.VersionId)]),
                new NpgsqlParameter<string[]>("forms", [.. versions.Select(v => v.Form)]),
                new NpgsqlParameter<string[]>("scores", [.. versions.Select(v => v.ScoreId)]),
            ], ct).ConfigureAwait(false);
        }
        return await ReadAsync(db, Kept, [
            new NpgsqlParameter<long>("study", studyId),
            new NpgsqlParameter<string[]>("forms", [.. forms.Select(f => f.Key)]),
            new NpgsqlParameter<string[]>("scores", [.. forms.Select(f => f.First().ScoreId)]),
        ], ct).ConfigureAwait(false);
    }

    private static Task<List<RuptureSpread>> ReadAsync(AllianceDbContext db, string sql, NpgsqlParameter[] parameters, CancellationToken ct) =>
        DashboardCommand.ReadAsync(db, sql, parameters, r => new RuptureSpread(r.GetString(0), r.GetInt32(1),
            r.IsDBNull(2) ? double.NaN : r.GetDouble(2), r.IsDBNull(3) ? double.NaN : r.GetDouble(3)), ct);

    /// <summary>The pooled figures over the kept per-client series: <see cref="Scan"/>'s last step.</summary>
    private const string Kept = """
        SELECT c.instrument_id, count(*)::int,
            CASE WHEN sum(c.sessions) > count(*) THEN sqrt(sum(c.squares) / (sum(c.sessions) - count(*))::float8) END,
            stddev_samp(c.mean)
        FROM unnest(@forms::text[], @scores::text[]) AS x(form, score_id)
        JOIN client_score_spreads c ON c.study_id = @study AND c.instrument_id = x.form AND c.score_id = x.score_id
        GROUP BY c.instrument_id
        """;

    /// <summary>The same figures from every client score of the study, for forms whose versions follow different scores.</summary>
    private const string Scan = """
        WITH versions AS (SELECT * FROM unnest(@versions::uuid[], @forms::text[], @scores::text[]) AS x(version_id, form, score_id)),
        session_scores AS (
            SELECT x.form, s.dyad_id, s.number, avg((r.scores ->> x.score_id)::float8) AS score
            FROM invitations i
            JOIN versions x ON x.version_id = i.instrument_version_id
            JOIN responses r ON r.study_id = i.study_id AND r.invitation_id = i.invitation_id
            JOIN sessions s ON s.study_id = i.study_id AND s.session_id = i.session_id
            WHERE i.study_id = @study AND i.role = 'client' AND r.scores ->> x.score_id IS NOT NULL
            GROUP BY x.form, s.dyad_id, s.number),
        clients AS (
            SELECT form, count(*) AS n, avg(score) AS mean, coalesce(var_samp(score) * (count(*) - 1), 0) AS squares
            FROM session_scores GROUP BY form, dyad_id)
        SELECT form, count(*)::int,
            CASE WHEN sum(n) > count(*) THEN sqrt(sum(squares) / (sum(n) - count(*))::float8) END,
            stddev_samp(mean)
        FROM clients GROUP BY form
        """;
}
