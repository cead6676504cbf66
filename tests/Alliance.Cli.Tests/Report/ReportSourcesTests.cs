using System.Globalization;
using System.Text.Json;
using Alliance.Analysis.Tabular;
using Alliance.Cli.Report;
using Alliance.Cli.Tests.Database;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Data.Instruments;
using Alliance.Testing.Databases;

namespace Alliance.Cli.Tests.Report;

/// <summary>
/// <c>report --study</c> reads the export's rows from the database as numbers, <c>report --input</c> parses the long
/// CSV's text: on the demo study, with the same definitions, both give the same forms to the last bit, the same
/// report and the same figures (issue #21 item 4; a value converted from <c>decimal</c> directly can differ from the
/// parsed text in its last bit).
/// </summary>
[Collection(SharedConnectionVariable.Name)]
public sealed class ReportSourcesTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("alliance-report-sources-").FullName;
    private ScratchDatabase? _database;
    private string? _previous;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("cli_report_sources", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, CancellationToken.None);
        _previous = Environment.GetEnvironmentVariable(AllianceConnection.Variable);
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        Environment.SetEnvironmentVariable(AllianceConnection.Variable, _previous);
        Directory.Delete(_root, recursive: true);
        await _database!.DisposeAsync();
    }

    [Fact]
    public async Task TheStudysFormsReportAndFiguresEqualThoseOfItsLongExportRead()
    {
        var demo = await CliRun.RunAsync("demo", "--json", "--seed", "7");
        Assert.True(demo.ExitCode == 0, demo.Stderr);
        using var json = JsonDocument.Parse(demo.Stdout);
        var study = json.RootElement.GetProperty("study_id").GetInt64();
        var csv = Path.Combine(_root, "long.csv");
        var export = await CliRun.RunAsync("export", "--study", study.ToString(CultureInfo.InvariantCulture), "--format", "long", "--output", csv);
        Assert.True(export.ExitCode == 0, export.Stderr);
        var catalog = await StudyDefinitions.LoadAsync(_database!.ConnectionString, study, CancellationToken.None);

        var fromStudy = await LongResponses.ReadAsync(new AllianceDatabase(_database.ConnectionString), study, "test", catalog, CancellationToken.None);
        ReportInput fromFile;
        using (var rows = CsvRowReader.OpenFile(csv))
        {
            fromFile = LongResponses.Read(rows, catalog);
        }

        // The demo's session check has answers such as 5.5 and 3.3: the decimal path is exercised, not only whole numbers.
        Assert.Contains(fromStudy.Forms, f => f.Values.ToArray().Any(v => double.IsFinite(v) && !double.IsInteger(v)));
        Assert.Equal(fromFile.Forms.Count, fromStudy.Forms.Count);
        for (var i = 0; i < fromFile.Forms.Count; i++)
        {
            var (a, b) = (fromFile.Forms[i], fromStudy.Forms[i]);
            Assert.Equal((a.Dyad, a.Session, a.Role, a.Instrument), (b.Dyad, b.Session, b.Role, b.Instrument));
            Assert.Equal(a.Values.ToArray(), b.Values.ToArray());
        }
        var (fileData, studyData) = (ReportAnalysis.Compute(fromFile, DyadChoice.BySize, TextWriter.Null), ReportAnalysis.Compute(fromStudy, DyadChoice.BySize, TextWriter.Null));
        var (fileFigures, studyFigures) = (ReportFigures.Create(fileData, TextWriter.Null), ReportFigures.Create(studyData, TextWriter.Null));
        Assert.Equal(fileFigures.Select(f => f.Figure.ToSvg()), studyFigures.Select(f => f.Figure.ToSvg()));
        Assert.Equal(ReportHtml.Write(fileData, fileFigures).Replace(csv, $"study {study}", StringComparison.Ordinal), ReportHtml.Write(studyData, studyFigures));
    }
}
