using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Alliance.Analysis.Change;
using Alliance.Analysis.Tabular;
using static Alliance.Cli.Analyses.AnalysisInput;

namespace Alliance.Cli.Analyses;

/// <summary>
/// <c>alliance change --input F --pre A --post B --sd S --reliability R [--id C] [--se jt1991|jfr1984]
/// [--dysfunctional-mean M --dysfunctional-sd S --functional-mean M --functional-sd S] [--higher-is-better] [--json]</c>:
/// Jacobson–Truax reliable change per row, and cutoffs a, b, c when the population norms are given.
/// </summary>
internal static class ChangeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file, one row per person", Required = true };
        var pre = new Option<string>("--pre") { Description = "Column with the pre-treatment score", Required = true };
        var post = new Option<string>("--post") { Description = "Column with the post-treatment score", Required = true };
        var sd = new Option<double>("--sd") { Description = "Pre-treatment sd of the reference sample (s1)", Required = true };
        var reliability = new Option<double>("--reliability") { Description = "Reliability of the measure (test-retest or alpha)", Required = true };
        var id = new Option<string?>("--id") { Description = "Column identifying each row in the output" };
        var se = new Option<string>("--se") { Description = "jt1991 (Jacobson & Truax, sqrt(2) SE; default) or jfr1984 (SE alone)", DefaultValueFactory = _ => "jt1991" };
        se.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is not ("jt1991" or "jfr1984") and var v)
            {
                r.AddError($"--se: '{v}' should be jt1991 or jfr1984");
            }
        });
        var dysMean = new Option<double?>("--dysfunctional-mean") { Description = "Mean of the dysfunctional population (for cutoffs)" };
        var dysSd = new Option<double?>("--dysfunctional-sd") { Description = "Sd of the dysfunctional population" };
        var funMean = new Option<double?>("--functional-mean") { Description = "Mean of the functional population" };
        var funSd = new Option<double?>("--functional-sd") { Description = "Sd of the functional population" };
        var higher = new Option<bool>("--higher-is-better") { Description = "Higher scores mean better functioning (default: lower is better)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON document" };
        var command = new Command("change", "Jacobson–Truax reliable change index and clinical-significance cutoffs a, b, c")
        {
            input, pre, post, sd, reliability, id, se, dysMean, dysSd, funMean, funSd, higher, json,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var (s1, rxx) = (parseResult.GetValue(sd), parseResult.GetValue(reliability));
            if (!(s1 > 0) || double.IsInfinity(s1))
            {
                throw new InputException("--sd: must be a positive number");
            }
            if (rxx is < 0 or >= 1 || double.IsNaN(rxx))
            {
                throw new InputException("--reliability: must lie in [0, 1)");
            }
            var norms = new[] { parseResult.GetValue(dysMean), parseResult.GetValue(dysSd), parseResult.GetValue(funMean), parseResult.GetValue(funSd) };
            if (norms.Any(n => n is null) && norms.Any(n => n is not null))
            {
                throw new InputException("--dysfunctional-mean, --dysfunctional-sd, --functional-mean and --functional-sd go together: give all four or none");
            }
            if (norms[1] is <= 0 || norms[3] is <= 0)
            {
                throw new InputException("--dysfunctional-sd and --functional-sd must be positive");
            }
            var higherIsBetter = parseResult.GetValue(higher);
            var cutoffs = norms[0] is { } md ? ClinicalCutoffs.Compute(md, norms[1]!.Value, norms[2]!.Value, norms[3]!.Value, higherIsBetter) : null;
            var variant = parseResult.GetValue(se) == "jfr1984" ? ChangeStandardError.JacobsonFolletteRevenstorf1984 : ChangeStandardError.JacobsonTruax1991;

            var table = CsvTable.ReadFile(parseResult.GetValue(input)!);
            var (preName, postName, idName) = (parseResult.GetValue(pre)!, parseResult.GetValue(post)!, parseResult.GetValue(id));
            RequireColumns(table, "--pre", [preName]);
            RequireColumns(table, "--post", [postName]);
            RequireColumns(table, "--id", idName is null ? [] : [idName]);
            var (x1, x2) = (table.Numeric(preName), table.Numeric(postName));
            var ids = idName is null ? null : table.Text(idName);
            var rows = new JsonArray();
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"Reliable change ({variant}), s1 = {Text(s1)}, rxx = {Text(rxx)}");
            text.AppendLine($"{"row",-12}  {"pre",9}  {"post",9}  {"RC",8}  reliable  status");
            for (var r = 0; r < table.RowCount; r++)
            {
                var label = ids?[r] ?? table.LineOf(r).ToString(CultureInfo.InvariantCulture);
                if (double.IsNaN(x1[r]) || double.IsNaN(x2[r]))
                {
                    rows.Add(new JsonObject { ["id"] = label, ["pre"] = Number(x1[r]), ["post"] = Number(x2[r]), ["rci"] = null, ["reliable"] = null, ["status"] = "missing" });
                    text.AppendLine($"{label,-12}  {Text(x1[r], 2),9}  {Text(x2[r], 2),9}  {"NA",8}  {"NA",8}  missing");
                    continue;
                }
                var rc = ReliableChange.Compute(x1[r], x2[r], s1, rxx, variant);
                var status = Status(rc, x2[r], cutoffs, higherIsBetter);
                rows.Add(new JsonObject { ["id"] = label, ["pre"] = x1[r], ["post"] = x2[r], ["rci"] = rc.Index, ["reliable"] = rc.Reliable, ["status"] = status });
                text.AppendLine($"{label,-12}  {Text(x1[r], 2),9}  {Text(x2[r], 2),9}  {Text(rc.Index, 3),8}  {(rc.Reliable ? "yes" : "no"),8}  {status}");
            }
            var seValue = s1 * Math.Sqrt(1 - rxx);
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                await WriteJsonAsync(output, new JsonObject
                {
                    ["se_variant"] = variant == ChangeStandardError.JacobsonTruax1991 ? "jacobson_truax_1991" : "jacobson_follette_revenstorf_1984",
                    ["sd_pre"] = s1,
                    ["reliability"] = rxx,
                    ["se_measurement"] = seValue,
                    ["denominator"] = variant == ChangeStandardError.JacobsonTruax1991 ? Math.Sqrt(2 * seValue * seValue) : seValue,
                    ["critical_value"] = 1.96,
                    ["higher_is_better"] = higherIsBetter,
                    ["cutoffs"] = cutoffs is null ? null : new JsonObject { ["a"] = cutoffs.A, ["b"] = cutoffs.B, ["c"] = cutoffs.C },
                    ["rows"] = rows,
                }, ct);
            }
            else
            {
                if (cutoffs is not null)
                {
                    text.AppendLine($"cutoffs: a = {Text(cutoffs.A)}, b = {Text(cutoffs.B)}, c = {Text(cutoffs.C)} (status uses c)");
                }
                await output.WriteAsync(text.ToString().AsMemory(), ct);
            }
            return CliHost.Success;
        });
        return command;
    }

    // Jacobson & Truax's categories: recovered = reliable improvement that ends on the functional side of c.
    private static string Status(ReliableChangeResult rc, double post, ClinicalCutoffs? cutoffs, bool higherIsBetter)
    {
        if (!rc.Reliable)
        {
            return "unchanged";
        }
        var improved = higherIsBetter ? rc.Index > 0 : rc.Index < 0;
        if (!improved)
        {
            return "deteriorated";
        }
        var functional = cutoffs is not null && (higherIsBetter ? post > cutoffs.C : post < cutoffs.C);
        return functional ? "recovered" : "improved";
    }
}
