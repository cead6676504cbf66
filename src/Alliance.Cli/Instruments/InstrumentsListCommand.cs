using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Alliance.Instruments;

namespace Alliance.Cli.Instruments;

/// <summary><c>alliance instruments list [--json]</c>: the shipped instruments, one line each.</summary>
internal static class InstrumentsListCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of a table" };
        var command = new Command("list", "List the shipped instruments (id, version, raters, items, scores, validation status)") { json };
        command.SetAction((parseResult, ct) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var catalog = InstrumentCatalog.Shipped;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new { instruments = catalog.Instruments.Select(Describe) }, CliJson.Options));
                return Task.FromResult(CliHost.Success);
            }
            output.WriteLine($"{"id",-14} {"version",-8} {"raters",-10} {"items",5}  {"scores",-28} {"validated",-9}  title");
            foreach (var i in catalog.Instruments)
            {
                var scores = string.Join(",", i.Scores.Select(s => s.Id));
                var note = i.ItemTextInstalled ? "" : "  [item text not installed: " + i.Header.ItemTextFile + "]";
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{i.Id,-14} {i.Version,-8} {Raters(i),-10} {i.Items.Count,5}  {scores,-28} {(i.Header.Validated ? "yes" : "no"),-9}  {i.Header.Title.Get("en")}{note}"));
            }
            output.WriteLine($"{catalog.Instruments.Count} instruments; item text for licensed instruments is read from {InstrumentCatalog.DefaultItemTextDirectory}");
            return Task.FromResult(CliHost.Success);
        });
        return command;
    }

    private static string Raters(Instrument i) => string.Join(",", i.Header.Raters.Select(r => r.ToString().ToLowerInvariant()));

    private static object Describe(Instrument i) => new
    {
        id = i.Id,
        version = i.Version,
        title = i.Header.Languages.ToDictionary(l => l, l => i.Header.Title.Get(l)),
        raters = i.Header.Raters.Select(r => r.ToString().ToLowerInvariant()),
        construct = i.Header.Construct,
        parallel_form = i.Header.ParallelForm,
        languages = i.Header.Languages,
        items = i.Items.Count,
        subscales = i.Subscales.Select(s => new { id = s.Id, items = s.Items.Select(x => x.Id), scoring = s.Rule.ToString().ToLowerInvariant() }),
        total = i.Total is null ? null : new { items = i.Total.Items.Select(x => x.Id), scoring = i.Total.Rule.ToString().ToLowerInvariant() },
        cutoffs = i.Cutoffs.Select(c => new { id = c.Id, when = c.Expression }),
        validated = i.Header.Validated,
        item_text_installed = i.ItemTextInstalled,
        item_text_file = i.Header.ItemTextFile,
        content_hash = i.ContentHash,
        licence = i.Header.Licence,
        citation = i.Header.Citation,
    };
}
