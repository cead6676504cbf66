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
/// <c>alliance demo --dyads N [--seed N] [--json]</c>: seed a large study of N dyads instead (<see cref="LargeStudySeed"/>).
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
        var dyads = new Option<int?>("--dyads")
        {
            Description = "Seed a large study of this many dyads instead (20 clients per therapist, 20 sessions, about 90 % answered; by COPY, see docs/data.md).",
        };
        dyads.Validators.Add(result =>
        {
            if (result.GetValue(dyads) is < 1)
            {
                result.AddError("--dyads must be a positive number of dyads.");
            }
        });
        var command = new Command("demo", "Seed a new demo study (6 therapists, 24 clients, 10 sessions) into the configured database.")
        {
            json, baseUrl, seed, writeData, dyads,
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
            if (parse.GetValue(dyads) is { } count)
            {
                return await SeedLargeAsync(connection, count, parse.GetValue(seed) ?? LargeStudySeed.DefaultSeed, parse.GetValue(baseUrl)!,
                    parse.GetValue(json), parse.InvocationConfiguration.Output, ct);
            }
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

    /// <summary>A large study by <see cref="LargeStudySeed"/>; prints as the small demo does, links being those open now.</summary>
    private static async Task<int> SeedLargeAsync(string connection, int dyads, int seed, string baseUrl, bool json, TextWriter output,
        CancellationToken ct)
    {
        var study = await LargeStudySeed.SeedAsync(connection, new LargeStudyShape(dyads), seed, baseUrl, ct);
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new
            {
                study_id = study.StudyId,
                researcher = new { email = study.Email, password = study.Password },
                api_token = study.ApiToken,
                links = study.OpenLinks.Select(l => new { role = l.Role, dyad = l.Dyad, session = l.Session, token = l.Token, url = l.Url }),
            }));
            return CliHost.Success;
        }
        await output.WriteLineAsync($"large study {study.StudyId}: {study.Dyads:N0} dyads, {study.Sessions:N0} sessions, {study.Invitations:N0} links, {study.Answered:N0} answered");
        await output.WriteLineAsync($"researcher: {study.Email}  password: {study.Password}");
        await output.WriteLineAsync($"API token:  {study.ApiToken}");
        await output.WriteLineAsync($"{study.OpenLinks.Count:N0} links open now, e.g.:");
        foreach (var link in study.OpenLinks.Take(4))
        {
            await output.WriteLineAsync($"  {link.Role,-9} {link.Dyad}  {link.Url}");
        }
        return CliHost.Success;
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
