using Alliance.Analysis.Agreement;
using Alliance.Analysis.Reliability;

namespace PsychometricsBench;

internal static class Compare
{
    /// <summary>Prints R's times beside ours: r[0] = the psych call alone, r[1] = read.csv + the call.</summary>
    public static void Print(string what, double ours, double oursWithCsv, double[] r)
    {
        Console.WriteLine($"  R {what}");
        Console.WriteLine($"    compute only: R {r[0],8:F3} s   Alliance {ours,8:F3} s   R/Alliance = {r[0] / ours,7:F1}x");
        Console.WriteLine($"    incl. CSV:    R {r[1],8:F3} s   Alliance {oursWithCsv,8:F3} s   R/Alliance = {r[1] / oursWithCsv,7:F1}x");
    }

    public static void Alpha(ReliabilityResult ours, Dictionary<string, double[]> r)
    {
        var diff = new[]
        {
            MaxDiff(r["alpha_total"], [ours.RawAlpha, ours.StandardizedAlpha, ours.AverageR]),
            MaxDiff(r["alpha_rdrop"], ours.Items.Select(i => i.ItemRestCorrelation).ToArray()),
            MaxDiff(r["alpha_drop"], ours.Items.Select(i => i.AlphaIfDeleted).ToArray()),
            MaxDiff(r["alpha_mean"], ours.Items.Select(i => i.Mean).ToArray()),
            MaxDiff(r["alpha_sd"], ours.Items.Select(i => i.StandardDeviation).ToArray()),
        }.Max();
        Console.WriteLine($"    numbers: max |difference| over alpha, std alpha, average r, item mean/sd/r.drop/alpha.drop = {diff:E2} -> {(diff < 1e-9 ? "agree (< 1e-9)" : "DIFFER")}");
    }

    public static void Icc(IccResult ours, Dictionary<string, double[]> r)
    {
        var values = ours.Estimates.Select(e => e.Value).ToArray();
        var bounds = ours.Estimates.Select(e => e.Lower).Concat(ours.Estimates.Select(e => e.Upper)).ToArray();
        if (r.TryGetValue("icc_aov", out var aovValues))
        {
            var aov = Math.Max(MaxDiff(aovValues, values), MaxDiff(r["icc_aov_bounds"], bounds));
            Console.WriteLine($"    numbers: max |difference| vs lmer = FALSE (ICCs and bounds) = {aov:E2} -> {(aov < 1e-9 ? "agree (< 1e-9)" : "DIFFER")}");
        }
        var lmer = Math.Max(MaxDiff(r["icc_lmer"], values), MaxDiff(r["icc_lmer_bounds"], bounds));
        Console.WriteLine($"    numbers: max |difference| vs default lmer = TRUE (ICCs and bounds) = {lmer:E2} -> "
            + (lmer < 1e-9 ? "agree (< 1e-9)" : lmer < 1e-5 ? "agree to the REML optimiser's tolerance (< 1e-5)" : "DIFFER"));
    }

    private static double MaxDiff(double[] expected, double[] actual) =>
        expected.Length != actual.Length ? double.PositiveInfinity : expected.Zip(actual, (e, a) => Math.Abs(e - a)).Max();
}
