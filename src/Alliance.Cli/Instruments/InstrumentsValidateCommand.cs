using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliance.Instruments.Loading;

namespace Alliance.Cli.Instruments;

/// <summary>
/// <c>alliance instruments validate PATH…</c>: every problem of every file, exit 2 if any file is bad. The files are
/// checked together, so a declared <c>parallel_form</c> is looked for among them before the shipped instruments.
/// Directories are searched for <c>*.json</c>; JSON Schema files (<c>*.schema.json</c>) are skipped so
/// <c>instruments/*.json</c> works as a glob.
/// </summary>
internal static class InstrumentsValidateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Definition files or directories", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print one JSON document with the result per file" };
        var command = new Command("validate", "Validate instrument definition files and print every problem with file and JSON path") { paths, json };
        command.SetAction(async (parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            // Checked as a set: a file's parallel form may be another file given here (or a shipped instrument).
            var results = InstrumentLoader.LoadFiles(Expand(parseResult.GetValue(paths) ?? []));
            if (parseResult.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new { files = results.Select(Describe) }, CliJson.Options).AsMemory(), ct);
            }
            else
            {
                foreach (var result in results)
                {
                    if (result.Succeeded)
                    {
                        var i = result.Instrument!;
                        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                            $"OK {result.Source}: {i.Id} {i.Version}, {i.Items.Count} items, {i.ContentHash}").AsMemory(), ct);
                    }
                    foreach (var problem in result.Problems)
                    {
                        await error.WriteLineAsync(problem.ToString().AsMemory(), ct);
                    }
                }
            }
            var bad = results.Count(r => !r.Succeeded);
            if (bad > 0 && !parseResult.GetValue(json))
            {
                await error.WriteLineAsync($"alliance: {bad} of {results.Count} file(s) invalid, {results.Sum(r => r.Problems.Count)} problem(s)".AsMemory(), ct);
            }
            return bad > 0 ? CliHost.BadInput : CliHost.Success;
        });
        return command;
    }

    private static IEnumerable<string> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.json").Where(f => !IsSchema(f)).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (!IsSchema(path))
            {
                yield return path;
            }
        }
    }

    private static bool IsSchema(string path) => path.EndsWith(".schema.json", StringComparison.Ordinal);

    private static object Describe(InstrumentLoadResult r) => new
    {
        file = r.Source,
        ok = r.Succeeded,
        id = r.Instrument?.Id,
        version = r.Instrument?.Version,
        content_hash = r.Instrument?.ContentHash,
        problems = r.Problems.Select(p => new { path = p.Path, message = p.Message }),
    };
}
