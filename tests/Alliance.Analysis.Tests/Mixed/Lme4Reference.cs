using System.Globalization;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Tabular;

namespace Alliance.Analysis.Tests.Mixed;

/// <summary>lme4 numbers from TestData/mixed/lme4_reference.csv (written by make_mixed_reference.R).</summary>
internal static class Lme4Reference
{
    private static readonly Lazy<Dictionary<string, Dictionary<string, double>>> Values = new(Load);

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "mixed", file);

    public static MixedData Data(string file) => MixedData.FromCsv(CsvTable.ReadFile(DataPath(file)));

    public static IReadOnlyDictionary<string, double> Model(string model) => Values.Value[model];

    /// <summary>Our number for an lme4 reference key, or null when the fit has no such quantity.</summary>
    public static double? Lookup(MixedModelFit fit, string key)
    {
        var parts = key.Split(':');
        return parts[0] switch
        {
            "estimate" => fit.Fixed.Single(f => f.Term == key["estimate:".Length..]).Estimate,
            "se" => fit.Fixed.Single(f => f.Term == key["se:".Length..]).StdError,
            "t" => fit.Fixed.Single(f => f.Term == key["t:".Length..]).T,
            "sd" => fit.Random.Single(r => r.Group == string.Join(":", parts[1..^1]) && r.Term == parts[^1]).Sd,
            "cor" => fit.Correlations.Single(c => c.Group == string.Join(":", parts[1..^2]) && c.Term1 == parts[^2] && c.Term2 == parts[^1]).R,
            "sigma" => fit.ResidualSd,
            "groups" => fit.Groups[key["groups:".Length..]],
            "nobs" => fit.NObs,
            "logLik" => fit.LogLikelihood,
            "deviance" => fit.Deviance,
            "REMLcrit" => fit.RemlCriterion,
            "AIC" => fit.Aic,
            "BIC" => fit.Bic,
            "singular" => fit.Singular ? 1 : 0,
            "ranef" => Mode(fit, parts),
            _ => throw new InvalidOperationException($"unknown reference key {key}"),
        };
    }

    // ranef:<group>:<level>:<term>, where group may itself contain ':' (client:therapist) and so may the level.
    private static double Mode(MixedModelFit fit, string[] parts)
    {
        var term = parts[^1];
        foreach (var modes in fit.ConditionalModes.Where(m => m.Terms.Contains(term)))
        {
            var groupParts = modes.Group.Split(':').Length;
            if (string.Join(":", parts[1..(1 + groupParts)]) != modes.Group)
            {
                continue;
            }
            var level = string.Join(":", parts[(1 + groupParts)..^1]);
            var row = modes.Levels.ToList().IndexOf(level);
            if (row >= 0)
            {
                return modes.Values[row][modes.Terms.ToList().IndexOf(term)];
            }
        }
        throw new InvalidOperationException($"no conditional mode for {string.Join(":", parts)}");
    }

    private static Dictionary<string, Dictionary<string, double>> Load()
    {
        var table = CsvTable.ReadFile(DataPath("lme4_reference.csv"));
        var result = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        var models = table.Text("model");
        var keys = table.Text("key");
        var values = table.Text("value");
        for (var r = 0; r < table.RowCount; r++)
        {
            if (!result.TryGetValue(models[r]!, out var model))
            {
                result[models[r]!] = model = new Dictionary<string, double>(StringComparer.Ordinal);
            }
            model[keys[r]!] = double.Parse(values[r]!, CultureInfo.InvariantCulture);
        }
        return result;
    }
}
