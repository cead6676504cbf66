using System.CommandLine;
using System.Text;
using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Demo;
using Alliance.Data.Embedded;
using Alliance.Data.Export;

namespace Alliance.Cli.Database;

/// <summary>
/// <c>alliance demo [--json]</c>: seed a new demo study and print its login, API token and open links.
/// <c>alliance demo --write-data DIR [--seed N]</c>: write the demo study's long, wide and dyadic exports with their
/// codebooks and syntax into DIR instead, simulated in memory (no database; the files in <c>data/</c>).
/// </summary>
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
        var seed = new Option<int?>("--seed")
        {
            Description = $"Random seed of the simulated answers (default: fresh; with --write-data {DemoDataSet.DefaultSeed}, as in data/).",
        };
        var writeData = new Option<DirectoryInfo?>("--write-data")
        {
            Description = "Write long.csv, wide.csv and dyadic.csv (+ codebooks, R, SPSS) of a simulated demo study into this directory; no database.",
        };
        var command = new Command("demo", "Seed a new demo study (6 therapists, 24 clients, 10 sessions) into the configured database.")
        {
            json, baseUrl, seed, writeData,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(writeData) is { } directory)
            {
                return await WriteDataAsync(directory, parse.GetValue(seed) ?? DemoDataSet.DefaultSeed,
                    parse.InvocationConfiguration.Output, ct);
            }
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

    private static async Task<int> WriteDataAsync(DirectoryInfo directory, int seed, TextWriter output, CancellationToken ct)
    {
        directory.Create();
        foreach (var format in new[] { ExportFormat.Long, ExportFormat.Wide, ExportFormat.Dyadic })
        {
            var file = new FileInfo(Path.Combine(directory.FullName, format.ToString().ToLowerInvariant() + ".csv"));
            ExportResult result;
            await using (var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false), 1 << 16))
            {
                result = await DemoDataSet.WriteAsync(format, seed, writer, ct);
            }
            await ExportCompanions.WriteAsync(file, result, ct);
            await output.WriteLineAsync($"wrote {result.Rows} rows to {file.FullName} (+ .codebook.csv/.md, .R, .sps, .do)");
        }
        return CliHost.Success;
    }
}
