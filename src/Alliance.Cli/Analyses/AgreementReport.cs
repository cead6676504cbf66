using Alliance.Analysis.Agreement;
using Alliance.Analysis.Descriptives;

namespace Alliance.Cli.Analyses;

/// <summary>Everything the agreement command reports for one table of raters.</summary>
internal sealed record AgreementReport(IccResult Icc, IReadOnlyList<RaterPair> Pairs, BlandAltmanResult? BlandAltman, IReadOnlyList<string> Diagnostics)
{
    public static AgreementReport Compute(string[] names, double[][] data)
    {
        var icc = IntraclassCorrelation.Compute(data);
        var diagnostics = new List<string>(icc.Diagnostics);
        var pairs = new List<RaterPair>();
        for (var i = 0; i < names.Length; i++)
        {
            for (var j = i + 1; j < names.Length; j++)
            {
                pairs.Add(new RaterPair(names[i], names[j], Try(() => Correlation.Pearson(data[i], data[j]), diagnostics, names[i], names[j]),
                    Try(() => Correlation.Spearman(data[i], data[j]), diagnostics, names[i], names[j])));
            }
        }
        var blandAltman = names.Length == 2 ? Alliance.Analysis.Agreement.BlandAltman.Compute(data[0], data[1]) : null;
        return new AgreementReport(icc, pairs, blandAltman, diagnostics.Distinct().ToArray());
    }

    private static CorrelationEstimate? Try(Func<CorrelationEstimate> compute, List<string> diagnostics, string a, string b)
    {
        try
        {
            return compute();
        }
        catch (InsufficientDataException ex)
        {
            diagnostics.Add($"correlation of {a} and {b}: {ex.Message}");
            return null;
        }
    }
}
