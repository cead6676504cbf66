using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>
/// Per-dyad alliance trajectories from <c>lmer(alliance ~ session + (1 + session | client))</c> (REML): each
/// client's intercept and slope are the fixed effects plus the client's conditional modes (empirical Bayes,
/// shrunk towards the average; lme4's <c>coef(m)$client</c>). Early alliance: the mean of the client's first
/// <c>earlySessions</c> rated sessions (session order; rows with missing alliance or session skipped).
/// </summary>
public static class AllianceTrajectories
{
    public static (MixedModelFit Fit, IReadOnlyList<DyadTrajectory> Dyads) Fit(MixedData data, string client, string session, string alliance, int earlySessions = 3)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(earlySessions);
        var fit = LinearMixedModel.Fit(data, $"`{alliance}` ~ `{session}` + (1 + `{session}` | `{client}`)");
        var keys = Centring.GroupKeys(data, client);
        var s = data.Numeric(session)!;
        var a = data.Numeric(alliance)!;
        var early = Enumerable.Range(0, data.RowCount).Where(r => keys[r] is not null && !double.IsNaN(s[r]) && !double.IsNaN(a[r]))
            .GroupBy(r => keys[r]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => s[r]).Take(earlySessions).Select(r => a[r]).ToArray(), StringComparer.Ordinal);
        var modes = fit.ConditionalModes.Single();
        var (intercept, slope) = (fit.FixedEffect("(Intercept)").Estimate, fit.FixedEffect(session).Estimate);
        var dyads = modes.Levels.Select((level, i) => new DyadTrajectory(level,
            intercept + modes.Values[i][0], slope + modes.Values[i][1],
            early[level].Average(), early[level].Length)).ToArray();
        return (fit, dyads);
    }
}
