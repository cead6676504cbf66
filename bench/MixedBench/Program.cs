using System.Diagnostics;
using System.Globalization;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Tabular;
using MixedBench;

// Three-level benchmark of issue 7: therapists × clients × sessions, random intercept and slope for clients and a
// random intercept for therapists, fitted by Alliance.Analysis and (when Rscript is on PATH) lme4::lmer on the same CSV.
// Usage: dotnet run -c Release --project bench/MixedBench [-- therapists clients sessions]
var c = CultureInfo.InvariantCulture;
var therapists = args.Length > 0 ? int.Parse(args[0], c) : 500;
var clients = args.Length > 1 ? int.Parse(args[1], c) : 20;
var sessions = args.Length > 2 ? int.Parse(args[2], c) : 10;
const string Formula = "y ~ session + (1 + session | client) + (1 | therapist)";
var dir = Directory.CreateTempSubdirectory("mixedbench-");
var csv = Path.Combine(dir.FullName, "alliance.csv");
var rows = ThreeLevelData.Write(csv, therapists, clients, sessions, seed: 20261122);
Console.WriteLine(string.Create(c, $"data: {therapists} therapists × {clients} clients × {sessions} sessions = {rows} rows ({csv})"));
Console.WriteLine($"model: {Formula} (REML)");

var clock = Stopwatch.StartNew();
var data = MixedData.FromCsv(CsvTable.ReadFile(csv));
var readSeconds = clock.Elapsed.TotalSeconds;
clock.Restart();
var fit = LinearMixedModel.Fit(data, Formula);
var fitSeconds = clock.Elapsed.TotalSeconds;
Console.WriteLine(string.Create(c, $"Alliance.Analysis: fit {fitSeconds:F2} s, read + fit {readSeconds + fitSeconds:F2} s, {fit.Evaluations} deviance evaluations, converged {fit.Converged}"));
var ours = Lme4Run.Quantities(fit);

var lme4 = Lme4Run.TryRun(csv, Formula);
if (lme4 is null)
{
    Console.WriteLine("lme4: Rscript not found on PATH; no baseline in this run.");
}
else
{
    Console.WriteLine(string.Create(c, $"lme4::lmer {lme4.Version}: fit {lme4.FitSeconds:F2} s, read.csv + fit {lme4.ReadSeconds + lme4.FitSeconds:F2} s"));
    Console.WriteLine(string.Create(c, $"ratio lme4 / ours: fit {lme4.FitSeconds / fitSeconds:F1}×, read + fit {(lme4.ReadSeconds + lme4.FitSeconds) / (readSeconds + fitSeconds):F1}×"));
    foreach (var (label, prefix) in new[] { ("lmer defaults", ""), ("lmer to the optimum (rhoend 1e-12)", "tight.") })
    {
        var worst = ours.Keys.Where(k => lme4.Values.ContainsKey(prefix + k))
            .Select(k => (Key: k, Rel: Math.Abs(ours[k] - lme4.Values[prefix + k]) / Math.Max(Math.Abs(lme4.Values[prefix + k]), 1e-12)))
            .MaxBy(x => x.Rel);
        Console.WriteLine(string.Create(c, $"agreement with {label}: max relative difference {worst.Rel:E2} ({worst.Key})"));
    }
    Console.WriteLine(string.Create(c, $"  {"quantity",-28} {"ours",20} {"lmer default",20} {"lmer optimum",20}"));
    foreach (var (key, value) in ours)
    {
        Console.WriteLine(string.Create(c, $"  {key,-28} {value,20:G15} {lme4.Values.GetValueOrDefault(key, double.NaN),20:G15} {lme4.Values.GetValueOrDefault("tight." + key, double.NaN),20:G15}"));
    }
}
dir.Delete(recursive: true);
