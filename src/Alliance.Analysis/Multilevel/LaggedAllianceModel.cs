using Alliance.Analysis.Mixed;

namespace Alliance.Analysis.Multilevel;

/// <summary>
/// The lagged within-patient model (Falkenström, Granström &amp; Holmqvist 2013, J Couns Psychol 60:317–328;
/// Zilcha-Mano 2017, Am Psychol 72:311–325):
/// Sym(t+1) = β0i + β1(A_ti − Ā_i) + β2·Ā_i + β3·Sym_t + e, fitted by REML as
/// <c>lmer(symptoms_next ~ alliance_within + alliance_mean + symptoms + (1 | client))</c>. Ā_i is the client's mean
/// alliance over rows with alliance present; Sym(t+1) is the symptom score of the client's next row in session
/// order (the last row of each client has none and is dropped, as are rows with anything missing).
/// </summary>
public static class LaggedAllianceModel
{
    public static LaggedAllianceResult Fit(MixedData data, string client, string session, string alliance, string symptoms)
    {
        ArgumentNullException.ThrowIfNull(data);
        var c = Centring.GroupKeys(data, client);
        var s = data.Numeric(session) ?? throw Centring.NotNumeric(session);
        var y = data.Numeric(symptoms) ?? throw Centring.NotNumeric(symptoms);
        var next = new double[data.RowCount];
        Array.Fill(next, double.NaN);
        foreach (var rows in Enumerable.Range(0, data.RowCount).Where(r => c[r] is not null && !double.IsNaN(s[r]))
                     .GroupBy(r => c[r]!, StringComparer.Ordinal))
        {
            var ordered = rows.OrderBy(r => s[r]).ToArray();
            for (var i = 0; i + 1 < ordered.Length; i++)
            {
                next[ordered[i]] = y[ordered[i + 1]];
            }
        }
        var name = symptoms + "_next";
        data.AddNumeric(name, next);
        Centring.AddGroupMeanCentring(data, client, alliance);
        var fit = LinearMixedModel.Fit(data, $"`{name}` ~ `{alliance}_within` + `{alliance}_mean` + `{symptoms}` + (1 | `{client}`)");
        return new LaggedAllianceResult(fit, fit.FixedEffect(alliance + "_within"), fit.FixedEffect(alliance + "_mean"), fit.FixedEffect(symptoms));
    }
}
