using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Alliance.Analysis.Reliability;
using Alliance.Analysis.Tabular;

namespace Alliance.Cli.Analyses;

/// <summary>
/// <c>alliance reliability --input F --items A,B,… [--reverse A,…] [--min N --max N] [--missing pairwise|listwise]
/// [--bootstrap N --seed S] [--json]</c>: α, standardised α, average r, ω total and item statistics as
/// <c>psych::alpha</c> / <c>psych::omega(x, nfactors = 1)</c> (docs/psychometrics.md).
/// </summary>
internal static class ReliabilityCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file with one row per respondent", Required = true };
        var items = new Option<string>("--items") { Description = "Item columns, comma-separated (at least two)", Required = true };
        var reverse = new Option<string?>("--reverse") { Description = "Negatively keyed items among --items, flipped as min + max − x" };
        var min = new Option<double?>("--min") { Description = "Lowest possible response for reverse keying (default: lowest observed)" };
        var max = new Option<double?>("--max") { Description = "Highest possible response for reverse keying (default: highest observed)" };
        var missing = new Option<string>("--missing") { Description = "pairwise (psych default) or listwise", DefaultValueFactory = _ => "pairwise" };
        missing.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("pairwise" or "listwise") and var value)
            {
                result.AddError($"--missing: '{value}' should be pairwise or listwise");
            }
        });
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for a percentile CI of α (default 0: none)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the bootstrap", DefaultValueFactory = _ => 20261122 };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("reliability", "Cronbach's α, ω total and item statistics of a scale, as R psych::alpha / psych::omega")
        {
            input, items, reverse, min, max, missing, bootstrap, seed, json,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var path = parseResult.GetValue(input)!;
            var names = AnalysisInput.List("--items", parseResult.GetValue(items), 2);
            var reversed = parseResult.GetValue(reverse) is { } r ? AnalysisInput.List("--reverse", r, 1) : [];
            foreach (var name in reversed.Where(n => !names.Contains(n)))
            {
                throw new InputException($"--reverse: '{name}' is not one of --items");
            }
            var (lo, hi) = (parseResult.GetValue(min), parseResult.GetValue(max));
            if (lo is { } a && hi is { } b && a > b)
            {
                throw new InputException($"--min {a.ToString(CultureInfo.InvariantCulture)} is larger than --max {b.ToString(CultureInfo.InvariantCulture)}");
            }
            if (parseResult.GetValue(bootstrap) < 0)
            {
                throw new InputException("--bootstrap: the number of resamples cannot be negative");
            }
            var table = CsvTable.ReadFile(path);
            AnalysisInput.RequireColumns(table, "--items", names);
            var columns = names.Select(table.Numeric).ToArray();
            var options = new ReliabilityOptions
            {
                Reverse = reversed,
                Minimum = lo,
                Maximum = hi,
                Missing = parseResult.GetValue(missing) == "listwise" ? MissingHandling.Listwise : MissingHandling.Pairwise,
                BootstrapSamples = parseResult.GetValue(bootstrap),
                BootstrapSeed = parseResult.GetValue(seed),
            };
            var result = AnalysisInput.Analyse(path, () => ScaleReliability.Compute(names, columns, options));
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await AnalysisInput.WriteJsonAsync(output, ToJson(result), ct);
            }
            else
            {
                await output.WriteAsync(ReliabilityTable.Format(result).AsMemory(), ct);
            }
            return CliHost.Success;
        });
        return command;
    }

    internal static JsonObject ToJson(ReliabilityResult result) => new()
    {
        ["n"] = result.N,
        ["k"] = result.K,
        ["raw_alpha"] = AnalysisInput.Number(result.RawAlpha),
        ["std_alpha"] = AnalysisInput.Number(result.StandardizedAlpha),
        ["average_r"] = AnalysisInput.Number(result.AverageR),
        ["omega_total"] = result.OmegaTotal is { } omega ? AnalysisInput.Number(omega) : null,
        ["items"] = new JsonArray(result.Items.Select(i => (JsonNode)new JsonObject
        {
            ["item"] = i.Item,
            ["mean"] = AnalysisInput.Number(i.Mean),
            ["sd"] = AnalysisInput.Number(i.StandardDeviation),
            ["r_drop"] = AnalysisInput.Number(i.ItemRestCorrelation),
            ["alpha_if_deleted"] = AnalysisInput.Number(i.AlphaIfDeleted),
            ["n"] = i.N,
            ["reversed"] = i.Reversed,
        }).ToArray()),
        ["missing"] = result.Missing == MissingHandling.Listwise ? "listwise" : "pairwise",
        ["alpha_ci_feldt"] = AnalysisInput.Interval(result.FeldtInterval),
        ["alpha_ci_bootstrap"] = result.BootstrapInterval is { } boot ? AnalysisInput.Interval(boot) : null,
        ["reverse_range"] = result.ReverseRange is { } range ? new JsonObject { ["min"] = range.Minimum, ["max"] = range.Maximum } : null,
        ["dropped_items"] = AnalysisInput.Strings(result.DroppedItems),
        ["diagnostics"] = AnalysisInput.Strings(result.Diagnostics),
    };
}
