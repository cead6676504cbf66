using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>
/// Therapist vs patient contributions to the alliance–outcome association (Baldwin, Wampold &amp; Imel 2007,
/// J Consult Clin Psychol 75:842–852): outcome_ij = γ00 + γ10(A_ij − Ā_j) + γ01·Ā_j + u_j + e_ij for patients i of
/// therapists j, fitted by REML as <c>lmer(outcome ~ alliance_within + alliance_therapist_mean + (1 | therapist))</c>.
/// With several rows per client, alliance and outcome are first averaged per client (rows with either missing
/// are dropped); Ā_j is the mean of the client means of therapist j.
/// </summary>
public static class BaldwinWampoldImel
{
    public static BaldwinWampoldImelResult Fit(MixedData data, string therapist, string client, string alliance, string outcome)
    {
        ArgumentNullException.ThrowIfNull(data);
        var t = Centring.GroupKeys(data, therapist);
        var c = Centring.GroupKeys(data, client);
        var a = data.Numeric(alliance) ?? throw Centring.NotNumeric(alliance);
        var y = data.Numeric(outcome) ?? throw Centring.NotNumeric(outcome);
        var clients = new Dictionary<(string, string), (double A, double Y, int N)>();
        for (var r = 0; r < a.Length; r++)
        {
            if (t[r] is { } tr && c[r] is { } cr && !double.IsNaN(a[r]) && !double.IsNaN(y[r]))
            {
                var (sa, sy, n) = clients.GetValueOrDefault((tr, cr));
                clients[(tr, cr)] = (sa + a[r], sy + y[r], n + 1);
            }
        }
        var rows = clients.ToArray();
        var patients = new MixedData(rows.Length)
            .AddText(therapist, rows.Select(r => (string?)r.Key.Item1).ToArray())
            .AddText(client, rows.Select(r => (string?)r.Key.Item2).ToArray())
            .AddNumeric(alliance, rows.Select(r => r.Value.A / r.Value.N).ToArray())
            .AddNumeric(outcome, rows.Select(r => r.Value.Y / r.Value.N).ToArray());
        Centring.AddGroupMeanCentring(patients, therapist, alliance, "_therapist_mean");
        var within = alliance + "_within";
        var between = alliance + "_therapist_mean";
        var fit = LinearMixedModel.Fit(patients, $"`{outcome}` ~ `{within}` + `{between}` + (1 | `{therapist}`)");
        return new BaldwinWampoldImelResult(fit, fit.FixedEffect(within), fit.FixedEffect(between));
    }
}
