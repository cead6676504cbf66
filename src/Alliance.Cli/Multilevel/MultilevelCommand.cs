using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliance.Analysis.Mixed;
using Alliance.Analysis.Multilevel;
using Alliance.Analysis.Tabular;
using Alliance.Cli.Analyses;
using Alliance.Cli.Mixed;

namespace Alliance.Cli.Multilevel;

/// <summary>
/// <c>alliance multilevel variance|bwi|lagged|trajectories</c>: the alliance analyses built on linear mixed models
/// (see Alliance.Analysis.Multilevel for the models and their conventions). Each prints a short summary, or with
/// <c>--json</c> one document whose <c>model</c> property is the <c>mixed --json</c> document of the underlying fit.
/// </summary>
internal static class MultilevelCommand
{

    private static readonly int[] ReportedSessions = [1, 2, 3, 4, 5, 10];

    public static Command Create()
    {
        var Input = new Option<string>("--input") { Description = "CSV file, one row per session", Required = true };
        var Client = new Option<string>("--client") { Description = "client ID column", DefaultValueFactory = _ => "client" };
        var Therapist = new Option<string>("--therapist") { Description = "therapist ID column", DefaultValueFactory = _ => "therapist" };
        var Session = new Option<string>("--session") { Description = "session number column", DefaultValueFactory = _ => "session" };
        var Alliance = new Option<string>("--alliance") { Description = "alliance score column", DefaultValueFactory = _ => "alliance" };
        var Outcome = new Option<string>("--outcome") { Description = "outcome / symptom column", DefaultValueFactory = _ => "symptoms" };
        var Json = new Option<bool>("--json") { Description = "print one JSON document" };
        var command = new Command("multilevel", "Alliance analyses on linear mixed models: variance partition, Baldwin–Wampold–Imel, lagged model, trajectories");
        command.Subcommands.Add(Sub(Input, Json, "variance", "Therapist / client / session shares of alliance variance, ICCs and generalisability of a client's mean",
            [Therapist, Client, Alliance], (data, p) =>
            {
                var v = VariancePartition.Fit(data, p.GetValue(Therapist)!, p.GetValue(Client)!, p.GetValue(Alliance)!);
                return (v.Model, w =>
                {
                    w.WriteNumber("therapist_variance", v.Therapist);
                    w.WriteNumber("client_variance", v.Client);
                    w.WriteNumber("session_variance", v.Session);
                    w.WriteNumber("icc_therapist", v.IccTherapist);
                    w.WriteNumber("icc_client", v.IccClient);
                    w.WriteStartArray("generalisability");
                    foreach (var n in ReportedSessions)
                    {
                        w.WriteStartObject();
                        w.WriteNumber("sessions", n);
                        w.WriteNumber("g", v.Generalisability(n));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteNumber("sessions_for_0_80", v.SessionsFor(0.8));
                    w.WriteNumber("sessions_for_0_90", v.SessionsFor(0.9));
                }, string.Create(CultureInfo.InvariantCulture,
                    $"variance shares: therapist {v.Therapist / v.Total:P1}, client {v.Client / v.Total:P1}, session {v.Session / v.Total:P1}\nICC therapist {v.IccTherapist:F3}, ICC client {v.IccClient:F3}\nsessions for G ≥ .80: {v.SessionsFor(0.8)}, for G ≥ .90: {v.SessionsFor(0.9)}"));
            }));
        command.Subcommands.Add(Sub(Input, Json, "bwi", "Baldwin–Wampold–Imel model: patient (within-therapist) vs therapist parts of the alliance–outcome link",
            [Therapist, Client, Alliance, Outcome], (data, p) =>
            {
                var r = BaldwinWampoldImel.Fit(data, p.GetValue(Therapist)!, p.GetValue(Client)!, p.GetValue(Alliance)!, p.GetValue(Outcome)!);
                return (r.Fit, w => { Effect(w, "patient", r.Patient); Effect(w, "therapist", r.Therapist); },
                    Line("patient (γ10)", r.Patient) + "\n" + Line("therapist (γ01)", r.Therapist));
            }));
        command.Subcommands.Add(Sub(Input, Json, "lagged", "Lagged within-patient model: next session's symptoms on centred alliance and current symptoms",
            [Client, Session, Alliance, Outcome], (data, p) =>
            {
                var r = LaggedAllianceModel.Fit(data, p.GetValue(Client)!, p.GetValue(Session)!, p.GetValue(Alliance)!, p.GetValue(Outcome)!);
                return (r.Fit, w => { Effect(w, "within", r.Within); Effect(w, "between", r.Between); Effect(w, "autoregressive", r.Autoregressive); },
                    Line("within-patient alliance (β1)", r.Within) + "\n" + Line("client mean alliance (β2)", r.Between) + "\n" + Line("symptoms at t (β3)", r.Autoregressive));
            }));
        command.Subcommands.Add(Sub(Input, Json, "trajectories", "Per-dyad empirical-Bayes intercept and slope, and early alliance (mean of the first 3 sessions)",
            [Client, Session, Alliance], (data, p) =>
            {
                var (fit, dyads) = AllianceTrajectories.Fit(data, p.GetValue(Client)!, p.GetValue(Session)!, p.GetValue(Alliance)!);
                return (fit, w =>
                {
                    w.WriteStartArray("dyads");
                    foreach (var d in dyads)
                    {
                        w.WriteStartObject();
                        w.WriteString("client", d.Client);
                        w.WriteNumber("intercept", d.Intercept);
                        w.WriteNumber("slope", d.Slope);
                        w.WriteNumber("early_mean", d.EarlyMean);
                        w.WriteNumber("early_sessions", d.EarlySessions);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }, string.Join("\n", dyads.Select(d => string.Create(CultureInfo.InvariantCulture,
                    $"{d.Client}: intercept {d.Intercept:F4}, slope {d.Slope:F4}, early mean {d.EarlyMean:F3}"))));
            }));
        return command;
    }

    private delegate (MixedModelFit Fit, Action<Utf8JsonWriter> Json, string Text) Analysis(MixedData data, ParseResult parse);

    private static Command Sub(Option<string> input, Option<bool> json, string name, string description, Option[] options, Analysis analysis)
    {
        var command = new Command(name, description) { input };
        foreach (var o in options.Append(json))
        {
            command.Options.Add(o);
        }
        command.SetAction((parse, ct) =>
        {
            var data = MixedData.FromCsv(CsvTable.ReadFile(parse.GetValue(input)!));
            foreach (var o in options)
            {
                var column = parse.GetValue((Option<string>)o)!;
                if (!data.Has(column))
                {
                    throw new InputException($"{o.Name}: no column named '{column}' in {data.Source}; the columns are: {string.Join(", ", data.Columns)}");
                }
            }
            var result = AnalysisInput.Analyse(data.Source, () => analysis(data, parse));
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine(parse.GetValue(json)
                ? MixedJson.Document(w => { result.Json(w); w.WritePropertyName("model"); w.WriteStartObject(); MixedJson.Fit(w, result.Fit); w.WriteEndObject(); })
                : result.Text + string.Concat(result.Fit.Messages.Select(m => "\nNote: " + m)));
            return Task.FromResult(CliHost.Success);
        });
        return command;
    }

    private static void Effect(Utf8JsonWriter w, string name, FixedEffect e)
    {
        w.WriteStartObject(name);
        w.WriteString("term", e.Term);
        w.WriteNumber("estimate", e.Estimate);
        w.WriteNumber("std_error", e.StdError);
        w.WriteNumber("t", e.T);
        w.WriteEndObject();
    }

    private static string Line(string label, FixedEffect e) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: {e.Estimate:G6} (SE {e.StdError:G4}, t {e.T:F2})");
}
