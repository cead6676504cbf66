using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Alliance.Analysis.Ruptures;
using Alliance.Analysis.Tabular;
using Alliance.Cli.Mixed;

namespace Alliance.Cli.Ruptures;

/// <summary>
/// <c>alliance ruptures --input F --client COL --session COL --score COL [--k K] [--window W] [--span S] [--json]</c>:
/// rupture–repair episodes; without <c>--k</c> both published thresholds (k = 1 and k = 2) are reported.
/// </summary>
internal static class RupturesCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file, one row per client and session", Required = true };
        var client = new Option<string>("--client") { Description = "client ID column", Required = true };
        var session = new Option<string>("--session") { Description = "session number column", Required = true };
        var score = new Option<string>("--score") { Description = "alliance score column", Required = true };
        var k = new Option<double?>("--k") { Description = "drop threshold in SDs (default: report k = 1 and k = 2)" };
        var window = new Option<int>("--window") { Description = "sessions within which a return to the pre-rupture level is a repair", DefaultValueFactory = _ => 3 };
        var span = new Option<int>("--span") { Description = "sessions a drop may span", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "print one JSON document" };
        var command = new Command("ruptures", "Detect alliance ruptures and repairs in session-by-session scores");
        foreach (var o in new Option[] { input, client, session, score, k, window, span, json })
        {
            command.Options.Add(o);
        }
        command.SetAction((parse, ct) =>
        {
            var table = CsvTable.ReadFile(parse.GetValue(input)!);
            var clients = table.Text(parse.GetValue(client)!);
            var sessions = table.Numeric(parse.GetValue(session)!);
            var values = table.Numeric(parse.GetValue(score)!);
            var rows = new List<SessionScore>();
            for (var r = 0; r < table.RowCount; r++)
            {
                if (clients[r] is { } id && !double.IsNaN(sessions[r]))
                {
                    rows.Add(new SessionScore(id, sessions[r], values[r]));
                }
            }
            var (w, s) = (parse.GetValue(window), parse.GetValue(span));
            if (w < 1 || s < 1)
            {
                throw new InputException(w < 1 ? "--window must be at least 1" : "--span must be at least 1");
            }
            if (parse.GetValue(k) is <= 0)
            {
                throw new InputException("--k must be positive");
            }
            var ks = parse.GetValue(k) is { } only ? new[] { only } : [1.0, 2.0];
            var reports = ks.Select(x => RuptureDetector.Detect(rows, new RuptureOptions { K = x, Window = w, Span = s })).ToList();
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(parse.GetValue(json) ? Json(reports) : Text(reports));
            return Task.FromResult(CliHost.Success);
        });
        return command;
    }

    private static string Text(List<RuptureReport> reports)
    {
        var c = CultureInfo.InvariantCulture;
        var b = new StringBuilder();
        var first = reports[0];
        b.AppendLine(c, $"{first.Clients} clients; within-client SD {first.WithinSd:F4}, between-client SD {first.BetweenSd:F4}; using the larger, {first.Sd:F4}");
        foreach (var r in reports)
        {
            b.AppendLine(c, $"k = {r.Options.K}: {r.Episodes.Count} ruptures (drop ≥ {r.Options.K * r.Sd:F4} within {r.Options.Span} session(s)), {r.Repaired} repaired within {r.Options.Window} sessions");
            foreach (var e in r.Episodes)
            {
                b.AppendLine(c, $"  {e.Client}: session {e.PreSession} → {e.Session}, {e.PreScore} → {e.Score} (depth {e.Depth:F3} = {e.DepthInSd:F2} SD), {(e.Repaired ? $"repaired at session {e.RepairSession}" : "not repaired")}");
            }
        }
        return b.ToString().TrimEnd();
    }

    private static string Json(List<RuptureReport> reports)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var first = reports[0];
            w.WriteStartObject();
            w.WriteNumber("clients", first.Clients);
            MixedJson.Number(w, "within_sd", first.WithinSd);
            MixedJson.Number(w, "between_sd", first.BetweenSd);
            MixedJson.Number(w, "sd", first.Sd);
            w.WriteString("sd_rule", "larger of pooled within-client SD and SD of client means");
            w.WriteNumber("window", first.Options.Window);
            w.WriteNumber("span", first.Options.Span);
            w.WriteStartArray("thresholds");
            foreach (var r in reports)
            {
                w.WriteStartObject();
                w.WriteNumber("k", r.Options.K);
                w.WriteNumber("n_ruptures", r.Episodes.Count);
                w.WriteNumber("n_repaired", r.Repaired);
                w.WriteStartArray("episodes");
                foreach (var e in r.Episodes)
                {
                    w.WriteStartObject();
                    w.WriteString("client", e.Client);
                    w.WriteNumber("pre_session", e.PreSession);
                    w.WriteNumber("session", e.Session);
                    w.WriteNumber("pre_score", e.PreScore);
                    w.WriteNumber("score", e.Score);
                    w.WriteNumber("depth", e.Depth);
                    w.WriteNumber("depth_sd", e.DepthInSd);
                    w.WriteBoolean("repaired", e.Repaired);
                    MixedJson.Number(w, "repair_session", e.RepairSession);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
