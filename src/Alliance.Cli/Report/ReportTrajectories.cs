using Alliance.Analysis.Mixed;
using Alliance.Plots.Charts;

namespace Alliance.Cli.Report;

/// <summary>
/// Client trajectories and their mean curve: the fixed-effect line of <c>score ~ session + (1 + session | dyad)</c>
/// (REML, lme4's model) with a 95 % Wald band when the model fits and converges, otherwise the raw mean per session.
/// </summary>
internal static class ReportTrajectories
{
    public const string Formula = "score ~ session + (1 + session | dyad)";

    public static TrajectorySection Compute(IReadOnlyDictionary<(string Dyad, int Session), double> client)
    {
        var dyads = client.GroupBy(c => c.Key.Dyad, StringComparer.Ordinal)
            .Select(g => new DyadSeries(g.Key, [.. g.Select(c => (double)c.Key.Session)], [.. g.Select(c => c.Value)])).ToList();
        var sessions = client.Keys.Select(k => k.Session).Distinct().Order().ToList();
        var fit = TryFit(client, out var problem);
        if (fit is not null)
        {
            var (b0, b1) = (fit.Fixed[0].Estimate, fit.Fixed[1].Estimate);
            var v = fit.FixedCovariance;
            var mean = sessions.Select(s =>
            {
                var se = Math.Sqrt(v[0] + (2 * s * v[1]) + (s * s * v[3]));
                var m = b0 + (b1 * s);
                return new MeanPoint(s, m, m - (1.96 * se), m + (1.96 * se));
            }).ToList();
            var note = fit.Singular ? " The fit is singular (a random-effect variance or correlation is at its boundary)." : "";
            return new TrajectorySection(dyads, mean, fit, $"model-implied mean of {Formula} (REML) with its 95 % Wald band.{note}");
        }
        var raw = sessions.Select(s => new MeanPoint(s, client.Where(c => c.Key.Session == s).Average(c => c.Value))).ToList();
        return new TrajectorySection(dyads, raw, null, $"raw mean per session: the mixed model {Formula} could not be used ({problem}).");
    }

    private static MixedModelFit? TryFit(IReadOnlyDictionary<(string Dyad, int Session), double> client, out string problem)
    {
        problem = "";
        var rows = client.ToList();
        var data = new MixedData(rows.Count)
            .AddNumeric("score", [.. rows.Select(r => r.Value)])
            .AddNumeric("session", [.. rows.Select(r => (double)r.Key.Session)])
            .AddText("dyad", [.. rows.Select(r => r.Key.Dyad)]);
        try
        {
            var fit = LinearMixedModel.Fit(data, Formula);
            if (!fit.Converged || fit.Fixed.Count != 2)
            {
                problem = fit.Converged ? "the session effect was dropped" : "the fit did not converge";
                return null;
            }
            return fit;
        }
#pragma warning disable CA1031 // any failure of the model falls back to the raw mean, which the report states with the reason
        catch (Exception ex)
#pragma warning restore CA1031
        {
            problem = ex.Message;
            return null;
        }
    }
}
