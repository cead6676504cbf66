using System.Text;
using Alliance.Analysis.Reliability;
using static Alliance.Cli.Analyses.AnalysisInput;

namespace Alliance.Cli.Analyses;

/// <summary>The human-readable form of a reliability result (psych::alpha's print layout, roughly).</summary>
internal static class ReliabilityTable
{
    public static string Format(ReliabilityResult r)
    {
        var s = new StringBuilder();
        var missing = r.Missing == MissingHandling.Listwise ? "listwise" : "pairwise";
        s.AppendLine($"Reliability of {r.K} items, n = {r.N} ({missing} missing handling)");
        s.AppendLine($"  raw alpha    {Text(r.RawAlpha)}   {Ci(r.FeldtInterval)} Feldt");
        if (r.BootstrapInterval is { } boot)
        {
            s.AppendLine($"                         {Ci(boot)} bootstrap");
        }
        s.AppendLine($"  std alpha    {Text(r.StandardizedAlpha)}");
        s.AppendLine($"  average r    {Text(r.AverageR)}");
        s.AppendLine($"  omega total  {(r.OmegaTotal is { } o ? Text(o) : "NA")}");
        if (r.ReverseRange is { } range)
        {
            s.AppendLine($"  reversed as {Text(range.Minimum, 0)} + {Text(range.Maximum, 0)} - x: {string.Join(", ", r.Items.Where(i => i.Reversed).Select(i => i.Item))}");
        }
        s.AppendLine();
        var width = Math.Max(4, r.Items.Max(i => i.Item.Length + (i.Reversed ? 1 : 0)));
        s.AppendLine($"  {"item".PadRight(width)}  {"n",6}  {"mean",8}  {"sd",8}  {"r.drop",8}  {"alpha.drop",10}");
        foreach (var i in r.Items)
        {
            var name = i.Item + (i.Reversed ? "-" : "");
            s.AppendLine($"  {name.PadRight(width)}  {i.N,6}  {Text(i.Mean),8}  {Text(i.StandardDeviation),8}  {Text(i.ItemRestCorrelation),8}  {Text(i.AlphaIfDeleted),10}");
        }
        foreach (var d in r.Diagnostics)
        {
            s.AppendLine($"note: {d}");
        }
        return s.ToString();
    }

    private static string Ci(Alliance.Analysis.Descriptives.ConfidenceInterval ci) =>
        $"{Text(ci.Level * 100, 0)}% CI [{Text(ci.Lower)}, {Text(ci.Upper)}]";
}
