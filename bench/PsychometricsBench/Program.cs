using System.Diagnostics;
using System.Globalization;
using Alliance.Analysis.Agreement;
using Alliance.Analysis.Reliability;
using Alliance.Analysis.Tabular;
using PsychometricsBench;

// Usage: dotnet run -c Release --project bench/PsychometricsBench [-- respondents raters-rows]
// α + item statistics on 1,000,000 × 12 and ICC on 100,000 × 3 (seeded data, CSV in a temp dir), ours beside psych.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var respondents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var targets = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
const int Items = 12;
const int Raters = 3;
var directory = Directory.CreateTempSubdirectory("psychometrics-bench-").FullName;
try
{
    Console.WriteLine($"Writing seeded CSV files to {directory} …");
    var itemsCsv = BenchData.WriteItems(directory, respondents, Items, seed: 42);
    var ratingsCsv = BenchData.WriteRatings(directory, targets, Raters, seed: 43);
    var itemNames = Enumerable.Range(1, Items).Select(i => $"i{i}").ToArray();
    var raterNames = Enumerable.Range(1, Raters).Select(j => $"r{j}").ToArray();

    // Library: data already in memory, the statistic alone (median of 5 after a warm-up).
    var itemTable = CsvTable.ReadFile(itemsCsv);
    var itemColumns = itemNames.Select(itemTable.Numeric).ToArray();
    var alphaOptions = new ReliabilityOptions { Omega = false };
    var (alpha, alphaSeconds) = Timing.Median(() => ScaleReliability.Compute(itemNames, itemColumns, alphaOptions));
    var ratingTable = CsvTable.ReadFile(ratingsCsv);
    var raterColumns = raterNames.Select(ratingTable.Numeric).ToArray();
    var (icc, iccSeconds) = Timing.Median(() => IntraclassCorrelation.Compute(raterColumns));
    itemTable = null;
    ratingTable = null;

    // CLI path in-process: CSV read + parse + statistic, as `alliance reliability` / `agreement` do.
    var (_, alphaCsvSeconds) = Timing.Median(() => ScaleReliability.Compute(itemNames,
        ReadColumns(itemsCsv, itemNames), alphaOptions), runs: 3);
    var (_, iccCsvSeconds) = Timing.Median(() => IntraclassCorrelation.Compute(ReadColumns(ratingsCsv, raterNames)), runs: 3);
    // The real command as a process (start-up, CSV, statistics including ω, JSON).
    var alphaProcess = Timing.Process("reliability", "--input", itemsCsv, "--items", string.Join(',', itemNames), "--json");
    var iccProcess = Timing.Process("agreement", "--input", ratingsCsv, "--columns", string.Join(',', raterNames), "--json");

    Console.WriteLine();
    Console.WriteLine($"alpha + item statistics, {respondents:N0} respondents x {Items} items (1% missing, pairwise)");
    Console.WriteLine($"  Alliance library (in memory)       {alphaSeconds,8:F3} s   raw_alpha {alpha.RawAlpha:F12}");
    Console.WriteLine($"  Alliance CSV read + compute        {alphaCsvSeconds,8:F3} s");
    Console.WriteLine($"  alliance reliability (process)     {alphaProcess,8:F3} s   (incl. .NET start-up and omega)");
    Console.WriteLine($"ICC (six Shrout-Fleiss forms), {targets:N0} targets x {Raters} raters");
    Console.WriteLine($"  Alliance library (in memory)       {iccSeconds,8:F3} s   ICC2 {icc["ICC2"].Value:F12}");
    Console.WriteLine($"  Alliance CSV read + compute        {iccCsvSeconds,8:F3} s");
    Console.WriteLine($"  alliance agreement (process)       {iccProcess,8:F3} s");

    if (!RBaseline.Available)
    {
        Console.WriteLine();
        Console.WriteLine("Rscript is not on PATH: the R side (psych::alpha / psych::ICC) is skipped.");
        return 0;
    }
    Console.WriteLine();
    Console.WriteLine("Running R (psych) on the same files …");
    var r = RBaseline.Run(RScripts.Benchmark(itemsCsv, ratingsCsv));
    Compare.Print("psych::alpha(x)", alphaSeconds, alphaCsvSeconds, r["alpha_time"]);
    Compare.Alpha(alpha, r);
    Compare.Print("psych::ICC(x) (default lmer = TRUE)", iccSeconds, iccCsvSeconds, r["icc_lmer_time"]);
    if (r.TryGetValue("icc_aov_time", out var aovTime))
    {
        Compare.Print("psych::ICC(x, lmer = FALSE)", iccSeconds, iccCsvSeconds, aovTime);
    }
    else
    {
        Console.WriteLine("  (psych::ICC(x, lmer = FALSE) skipped: its aov() builds an n x n model matrix, infeasible beyond ~2,000 targets)");
    }
    Compare.Icc(icc, r);
    return 0;
}
finally
{
    Directory.Delete(directory, recursive: true);
}

static double[][] ReadColumns(string path, string[] names)
{
    var table = CsvTable.ReadFile(path);
    return names.Select(table.Numeric).ToArray();
}
