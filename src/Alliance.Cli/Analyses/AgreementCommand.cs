using System.CommandLine;
using System.Text.Json.Nodes;
using Alliance.Analysis.Agreement;
using Alliance.Analysis.Tabular;
using static Alliance.Cli.Analyses.AnalysisInput;

namespace Alliance.Cli.Analyses;

/// <summary>
/// <c>alliance agreement --input F --columns A,B,… [--json]</c>: rows = targets, columns = raters. The six
/// Shrout &amp; Fleiss ICCs as <c>psych::ICC</c> names them (with F tests and bounds), Pearson and Spearman
/// correlations of every pair of columns, and Bland–Altman limits when there are exactly two columns.
/// </summary>
internal static class AgreementCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file, one row per target (e.g. session)", Required = true };
        var columns = new Option<string>("--columns") { Description = "Rater columns, comma-separated (at least two)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("agreement", "Intraclass correlations, correlations and Bland–Altman limits between raters, as R psych::ICC")
        {
            input, columns, json,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(input)!;
            var names = List("--columns", parseResult.GetValue(columns), 2);
            var table = CsvTable.ReadFile(path);
            RequireColumns(table, "--columns", names);
            var data = names.Select(table.Numeric).ToArray();
            var report = Analyse(path, () => AgreementReport.Compute(names, data));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await WriteJsonAsync(output, ToJson(report), ct);
            }
            else
            {
                await output.WriteAsync(AgreementTable.Format(report).AsMemory(), ct);
            }
            return CliHost.Success;
        });
        return command;
    }

    internal static JsonObject ToJson(AgreementReport report)
    {
        var icc = report.Icc;
        var document = new JsonObject
        {
            ["n"] = icc.N,
            ["k"] = icc.K,
            ["icc"] = new JsonObject(icc.Estimates.Select(e => KeyValuePair.Create(e.Type, Number(e.Value)))),
            ["icc_tests"] = new JsonArray(icc.Estimates.Select(e => (JsonNode)new JsonObject
            {
                ["type"] = e.Type,
                ["icc"] = Number(e.Value),
                ["f"] = Number(e.F),
                ["df1"] = Number(e.Df1),
                ["df2"] = Number(e.Df2),
                ["p"] = Number(e.P),
                ["lower"] = Number(e.Lower),
                ["upper"] = Number(e.Upper),
            }).ToArray()),
            ["confidence_level"] = icc.ConfidenceLevel,
            ["rows_with_missing"] = icc.RowsWithMissing,
            ["mean_squares"] = new JsonObject
            {
                ["between_targets"] = Number(icc.MsBetweenTargets),
                ["within_targets"] = Number(icc.MsWithinTargets),
                ["between_raters"] = Number(icc.MsBetweenRaters),
                ["residual"] = Number(icc.MsResidual),
            },
            ["correlations"] = new JsonArray(report.Pairs.Select(p => (JsonNode)new JsonObject
            {
                ["a"] = p.First,
                ["b"] = p.Second,
                ["pearson"] = Correlation(p.Pearson),
                ["spearman"] = Correlation(p.Spearman),
            }).ToArray()),
            ["bland_altman"] = report.BlandAltman is { } ba ? new JsonObject
            {
                ["n"] = ba.N,
                ["bias"] = Number(ba.Bias),
                ["sd"] = Number(ba.DifferenceSd),
                ["lower_limit"] = Number(ba.LowerLimit),
                ["upper_limit"] = Number(ba.UpperLimit),
                ["bias_ci"] = Interval(ba.BiasInterval),
                ["lower_limit_ci"] = Interval(ba.LowerLimitInterval),
                ["upper_limit_ci"] = Interval(ba.UpperLimitInterval),
            } : null,
            ["diagnostics"] = Strings(report.Diagnostics),
        };
        return document;
    }

    private static JsonObject? Correlation(CorrelationEstimate? c) => c is null ? null : new JsonObject
    {
        ["r"] = Number(c.R),
        ["n"] = c.N,
        ["lower"] = Number(c.Interval.Lower),
        ["upper"] = Number(c.Interval.Upper),
    };
}
