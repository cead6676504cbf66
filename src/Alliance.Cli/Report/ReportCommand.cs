using System.CommandLine;
using System.Globalization;
using System.Text;
using Alliance.Analysis.Tabular;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Alliance.Data.Instruments;
using Alliance.Instruments;

namespace Alliance.Cli.Report;

/// <summary>
/// <c>alliance report (--input long.csv | --study ID) --output DIR [--force] [--dpi 300|600] [--lang en|de] [--dyads all|flagged|ruptures]</c>: a
/// self-contained HTML study report (<c>DIR/report.html</c>, figures inline as SVG) with descriptives, reliability,
/// agreement, trajectories, ruptures and subscale distributions, and every figure also as <c>DIR/&lt;name&gt;.svg</c>
/// and <c>DIR/&lt;name&gt;.png</c> (at <c>--dpi</c>). <c>--lang</c> is the language of the figures' words and
/// captions. <c>--dyads</c> chooses the dyads of the per-dyad figures (<see cref="PanelDyads"/>). The long export is read
/// row by row and kept as numbers per form (<see cref="LongResponses"/>). Progress goes to standard error.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "Long export CSV (alliance export --format long); no database needed." };
        var study = new Option<long?>("--study") { Description = "Study id: read the long export from the database." };
        var output = new Option<string>("--output") { Description = "Directory to write report.html and the SVG figures into.", Required = true };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty output directory, replacing files of the same name." };
        var dpi = new Option<int>("--dpi") { Description = "Resolution of the PNG figures: 300 (default) or 600.", DefaultValueFactory = _ => 300 };
        dpi.AcceptOnlyFromAmong("300", "600");
        var lang = new Option<string>("--lang") { Description = "Language of the figures' labels and captions: en (default) or de.", DefaultValueFactory = _ => "en" };
        lang.AcceptOnlyFromAmong("en", "de");
        var dyads = new Option<string?>("--dyads")
        {
            Description = $"Dyads in the per-dyad figures: all, flagged (a rupture episode or an alert) or ruptures (a rupture episode). Default: all up to {PanelDyads.AllUpTo} dyads, ruptures above.",
        };
        dyads.AcceptOnlyFromAmong("all", "flagged", "ruptures");
        var command = new Command("report", "Write a self-contained HTML study report with its figures as SVG and PNG.") { input, study, output, force, dpi, lang, dyads };
        command.SetAction(async (parse, ct) =>
        {
            var (file, id, dir) = (parse.GetValue(input), parse.GetValue(study), parse.GetValue(output)!);
            if ((file is null) == (id is null))
            {
                throw new InputException("give exactly one of --input (a long CSV) or --study (a study id)");
            }
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any() && !parse.GetValue(force))
            {
                throw new InputException($"--output: directory '{dir}' is not empty; use --force to write into it");
            }
            if (File.Exists(dir))
            {
                throw new InputException($"--output: '{dir}' is a file, not a directory");
            }
            // The chart wording follows the UI culture (ChartWording); numbers stay invariant either way.
            CultureInfo.CurrentUICulture = new CultureInfo(parse.GetValue(lang)!);
            var progress = parse.InvocationConfiguration.Error;
            await progress.WriteLineAsync("reading…");
            var forms = file is not null ? ReadFile(file) : await ReadStudyAsync(id!.Value, ct);
            var choice = parse.GetValue(dyads) switch
            {
                "all" => DyadChoice.All, "flagged" => DyadChoice.Flagged, "ruptures" => DyadChoice.Ruptures, _ => DyadChoice.BySize,
            };
            var data = ReportAnalysis.Compute(forms, choice, progress);
            var figures = ReportFigures.Create(data, progress);
            await progress.WriteLineAsync("writing…");
            Directory.CreateDirectory(dir);
            foreach (var f in figures)
            {
                await File.WriteAllTextAsync(Path.Combine(dir, f.Name + ".svg"), f.Figure.ToSvg(), new UTF8Encoding(false), ct);
                await File.WriteAllBytesAsync(Path.Combine(dir, f.Name + ".png"), f.Figure.ToPng(parse.GetValue(dpi)), ct);
            }
            var html = Path.Combine(dir, "report.html");
            await File.WriteAllTextAsync(html, ReportHtml.Write(data, figures), new UTF8Encoding(false), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"wrote {html} and {figures.Count} figures");
            return CliHost.Success;
        });
        return command;
    }

    private static ReportInput ReadFile(string path)
    {
        try
        {
            using var rows = CsvRowReader.OpenFile(path);
            return LongResponses.Read(rows, InstrumentCatalog.Shipped);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--input: cannot read '{path}': {ex.Message}", ex);
        }
    }

    private static async Task<ReportInput> ReadStudyAsync(long studyId, CancellationToken ct)
    {
        // A report is a heavy read: the replica when one is configured (AllianceDatabase.Reads).
        var database = await AllianceConnection.ResolveDatabaseAsync(ct);
        var catalog = await StudyDefinitions.LoadAsync(database.Reads, studyId, ct);
        try
        {
            return await LongResponses.ReadAsync(database, studyId, $"cli-report:{Environment.UserName}", catalog, ct);
        }
        catch (StudyExportException ex)
        {
            throw new InputException($"--study: {ex.Message}", ex);
        }
    }
}
