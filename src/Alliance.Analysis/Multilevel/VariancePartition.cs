using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>
/// Shares of alliance variance at therapist, client and session level from
/// <c>lmer(alliance ~ 1 + (1 | therapist/client))</c> (REML): τ²_T, τ²_C (client within therapist) and σ² (session).
/// ICC(therapist) = τ²_T / total; ICC(client) = (τ²_T + τ²_C) / total (two sessions of the same client).
/// Generalisability of a client's mean over n sessions: G(n) = (τ²_T + τ²_C) / (τ²_T + τ²_C + σ²/n) — the
/// Spearman–Brown step-up of ICC(client); sessions needed for G: n = G/(1 − G) · σ² / (τ²_T + τ²_C).
/// </summary>
public sealed record VariancePartition(MixedModelFit Model, double Therapist, double Client, double Session)
{
    public double Total => Therapist + Client + Session;

    public double IccTherapist => Therapist / Total;

    public double IccClient => (Therapist + Client) / Total;

    /// <summary>G(n) for a client's mean over <paramref name="sessions"/> sessions.</summary>
    public double Generalisability(int sessions) => (Therapist + Client) / (Therapist + Client + Session / sessions);

    /// <summary>The smallest whole number of sessions whose mean reaches generalisability <paramref name="target"/>.</summary>
    public int SessionsFor(double target) => (int)Math.Ceiling(target / (1 - target) * Session / (Therapist + Client) - 1e-12);

    public static VariancePartition Fit(MixedData data, string therapist, string client, string alliance)
    {
        var fit = LinearMixedModel.Fit(data, $"`{alliance}` ~ 1 + (1 | `{therapist}`/`{client}`)");
        var t = fit.Random.Single(r => r.Group == therapist).Variance;
        var c = fit.Random.Single(r => r.Group == $"{client}:{therapist}").Variance;
        return new VariancePartition(fit, t, c, fit.ResidualSd * fit.ResidualSd);
    }
}
