using System.CommandLine;
using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Demo;
using Alliance.Data.Embedded;

namespace Alliance.Cli.Database;

/// <summary><c>alliance demo [--json]</c>: seed a new demo study and print its login, API token and open links.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON document (see docs/data.md)." };
        var baseUrl = new Option<string>("--base-url")
        {
            Description = "Origin of the participant links.",
            DefaultValueFactory = _ => "http://127.0.0.1:5000",
        };
        var seed = new Option<int?>("--seed") { Description = "Random seed of the simulated answers (default: fresh)." };
        var command = new Command("demo", "Seed a new demo study (6 therapists, 24 clients, 10 sessions) into the configured database.")
        {
            json, baseUrl, seed,
        };
        command.SetAction(async (parse, ct) =>
        {
            var connection = await AllianceConnection.ResolveAsync(ct);
            await AllianceDbContext.MigrateAsync(connection, ct);
            await using var db = AllianceDbContext.Open(connection);
            var demo = await DemoStudy.SeedAsync(db, parse.GetValue(baseUrl)!, parse.GetValue(seed), ct);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    study_id = demo.StudyId,
                    researcher = new { email = demo.Email, password = demo.Password },
                    api_token = demo.ApiToken,
                    links = demo.Links.Select(l => new { role = l.Role, dyad = l.Dyad, session = l.Session, token = l.Token, url = l.Url }),
                }));
                return CliHost.Success;
            }
            await output.WriteLineAsync($"demo study {demo.StudyId}");
            await output.WriteLineAsync($"researcher: {demo.Email}  password: {demo.Password}");
            await output.WriteLineAsync($"API token:  {demo.ApiToken}");
            await output.WriteLineAsync($"{demo.Links.Count} open links for session {DemoStudy.AnsweredSessions + 1}, e.g.:");
            foreach (var link in demo.Links.Take(4))
            {
                await output.WriteLineAsync($"  {link.Role,-9} {link.Dyad}  {link.Url}");
            }
            return CliHost.Success;
        });
        return command;
    }
}
