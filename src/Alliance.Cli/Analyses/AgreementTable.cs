using System.Text;
using static Alliance.Cli.Analyses.AnalysisInput;

namespace Alliance.Cli.Analyses;

/// <summary>The human-readable form of an agreement report.</summary>
internal static class AgreementTable
{
    public static string Format(AgreementReport report)
    {
        var icc = report.Icc;
        var s = new StringBuilder();
        s.AppendLine($"Intraclass correlations (Shrout & Fleiss 1979), {icc.N} targets x {icc.K} raters");
        s.AppendLine($"  {"type",-6}  {"ICC",8}  {"F",9}  {"df1",5}  {"df2",7}  {"p",10}  {"lower",8}  {"upper",8}");
        foreach (var e in icc.Estimates)
        {
            s.AppendLine($"  {e.Type,-6}  {Text(e.Value),8}  {Text(e.F, 3),9}  {Text(e.Df1, 0),5}  {Text(e.Df2, 0),7}  {P(e.P),10}  {Text(e.Lower),8}  {Text(e.Upper),8}");
        }
        s.AppendLine();
        s.AppendLine("Correlations (Fisher-z 95% CI)");
        foreach (var p in report.Pairs)
        {
            s.AppendLine($"  {p.First} ~ {p.Second}: Pearson {Estimate(p.Pearson)}; Spearman {Estimate(p.Spearman)}");
        }
        if (report.BlandAltman is { } ba)
        {
            s.AppendLine();
            s.AppendLine($"Bland–Altman ({report.Pairs[0].First} − {report.Pairs[0].Second}), n = {ba.N}");
            s.AppendLine($"  bias         {Text(ba.Bias)}  95% CI [{Text(ba.BiasInterval.Lower)}, {Text(ba.BiasInterval.Upper)}]");
            s.AppendLine($"  lower limit  {Text(ba.LowerLimit)}  95% CI [{Text(ba.LowerLimitInterval.Lower)}, {Text(ba.LowerLimitInterval.Upper)}]");
            s.AppendLine($"  upper limit  {Text(ba.UpperLimit)}  95% CI [{Text(ba.UpperLimitInterval.Lower)}, {Text(ba.UpperLimitInterval.Upper)}]");
        }
        foreach (var d in report.Diagnostics)
        {
            s.AppendLine($"note: {d}");
        }
        return s.ToString();
    }

    private static string P(double p) => p < 1e-4 ? p.ToString("0.0e+0", System.Globalization.CultureInfo.InvariantCulture) : Text(p);

    private static string Estimate(Alliance.Analysis.Agreement.CorrelationEstimate? c) =>
        c is null ? "NA" : $"{Text(c.R, 3)} [{Text(c.Interval.Lower, 3)}, {Text(c.Interval.Upper, 3)}] n={c.N}";
}
