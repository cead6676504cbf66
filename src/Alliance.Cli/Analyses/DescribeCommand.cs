using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Alliance.Analysis.Descriptives;
using Alliance.Analysis.Tabular;
using static Alliance.Cli.Analyses.AnalysisInput;

namespace Alliance.Cli.Analyses;

/// <summary>
/// <c>alliance describe --input F --columns A,B,… [--by G1,G2] [--json]</c>: n, missing, mean, sd (N−1),
/// min, quartiles (R type 7), max per variable within each group.
/// </summary>
internal static class DescribeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file", Required = true };
        var columns = new Option<string>("--columns") { Description = "Numeric columns to describe, comma-separated", Required = true };
        var by = new Option<string?>("--by") { Description = "Grouping columns, comma-separated (e.g. study,arm,session)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("describe", "Descriptive statistics by group: n, missing, mean, sd, quartiles (R quantile type 7)")
        {
            input, columns, by, json,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var variables = List("--columns", parseResult.GetValue(columns), 1);
            var groups = parseResult.GetValue(by) is { } g ? List("--by", g, 1) : [];
            var table = CsvTable.ReadFile(parseResult.GetValue(input)!);
            RequireColumns(table, "--columns", variables);
            RequireColumns(table, "--by", groups);
            var summaries = GroupedDescriptives.Compute(
                groups.Select(name => (IReadOnlyList<string?>)table.Text(name)).ToArray(),
                variables.Select(name => KeyValuePair.Create(name, table.Numeric(name))).ToArray());
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await WriteJsonAsync(output, ToJson(groups, summaries), ct);
            }
            else
            {
                await output.WriteAsync(Format(groups, summaries).AsMemory(), ct);
            }
            return CliHost.Success;
        });
        return command;
    }

    private static JsonObject ToJson(string[] groups, IReadOnlyList<GroupSummary> summaries) => new()
    {
        ["by"] = Strings(groups),
        ["quantile_type"] = 7,
        ["groups"] = new JsonArray(summaries.Select(g => (JsonNode)new JsonObject
        {
            ["group"] = new JsonObject(groups.Select((name, i) => KeyValuePair.Create(name, (JsonNode?)JsonValue.Create(g.Group[i])))),
            ["variable"] = g.Variable,
            ["n"] = g.Summary.N,
            ["missing"] = g.Summary.Missing,
            ["mean"] = Number(g.Summary.Mean),
            ["sd"] = Number(g.Summary.StandardDeviation),
            ["min"] = Number(g.Summary.Minimum),
            ["q1"] = Number(g.Summary.FirstQuartile),
            ["median"] = Number(g.Summary.Median),
            ["q3"] = Number(g.Summary.ThirdQuartile),
            ["max"] = Number(g.Summary.Maximum),
            ["notes"] = Strings(g.Summary.Notes),
        }).ToArray()),
    };

    private static string Format(string[] groups, IReadOnlyList<GroupSummary> summaries)
    {
        var s = new StringBuilder();
        var keys = summaries.Select(g => string.Join(" / ", g.Group.Select(v => v ?? "NA"))).ToArray();
        var keyWidth = Math.Max(groups.Length == 0 ? 3 : string.Join(" / ", groups).Length, keys.Max(k => k.Length));
        var varWidth = Math.Max(8, summaries.Max(g => g.Variable.Length));
        s.AppendLine($"{(groups.Length == 0 ? "all" : string.Join(" / ", groups)).PadRight(keyWidth)}  {"variable".PadRight(varWidth)}  {"n",6}  {"missing",7}  {"mean",9}  {"sd",9}  {"min",9}  {"q1",9}  {"median",9}  {"q3",9}  {"max",9}");
        for (var i = 0; i < summaries.Count; i++)
        {
            var d = summaries[i].Summary;
            s.AppendLine($"{(groups.Length == 0 ? "all" : keys[i]).PadRight(keyWidth)}  {summaries[i].Variable.PadRight(varWidth)}  {d.N,6}  {d.Missing,7}  {Text(d.Mean),9}  {Text(d.StandardDeviation),9}  {Text(d.Minimum),9}  {Text(d.FirstQuartile),9}  {Text(d.Median),9}  {Text(d.ThirdQuartile),9}  {Text(d.Maximum),9}");
        }
        s.AppendLine("sd uses N - 1; quartiles are R's quantile type 7.");
        return s.ToString();
    }
}
