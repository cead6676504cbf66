using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Import;
using Alliance.Data.Instruments;
using Alliance.Data.Model;
using Alliance.Data.Tests.Import;
using Alliance.Instruments.Loading;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Data.Tests.Instruments;

/// <summary>Freezing, and what export and import read from a frozen definition (Alliance.Instruments' model).</summary>
public sealed class StudyInstrumentsTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string MissingScales = "missing required field 'scales'";

    [Fact]
    public async Task TheExportTakesValueLabelsAndSubscalesFromTheFrozenInstrument()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "labels", TestStudies.TwoScaleInstrument);
        await ImportAsync(study, """
            therapist,client,session,role,item,value
            T1,C1,1,client,x1,4
            T1,C1,1,client,x2,1
            T1,C1,1,client,x3,7.3
            """);

        var (csv, _) = await ExportAsync(study, new ExportOptions(ExportFormat.Long, "test", Labels: true));
        var labels = RoundTripTests.Rows(csv).ToDictionary(r => r["item"], r => r["value_label"]);
        Assert.Equal("Always", labels["x1"]);
        Assert.Equal("Never", labels["x2"]);
        Assert.Equal("", labels["x3"]);                              // the visual-analogue scale has no anchors

        var (wide, export) = await ExportAsync(study, new ExportOptions(ExportFormat.Wide, "test"));
        var codebook = RoundTripTests.Rows(Codebook.Csv(export)).ToDictionary(r => r["column"]);
        Assert.Equal("Answer to item x2 (near)", codebook["x2"]["description"]);
        Assert.Equal("Answer to item x3", codebook["x3"]["description"]);
        Assert.Equal("1=Never; 4=Always", codebook["x2"]["values"]);
        var row = Assert.Single(RoundTripTests.Rows(wide));
        Assert.Equal("4", row["t_form_near"]);                      // x2 reverse keyed: (4 + (1 + 4 − 1)) / 2
        Assert.Equal("5.1", row["t_form_total"]);                    // (4 + 4 + 7.3) / 3
    }

    [Fact]
    public async Task TheImportChecksAnswersWithTheInstrumentsScalesAndRequiredItems()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "checks", TestStudies.TwoScaleInstrument);
        var ex = await Assert.ThrowsAsync<ImportRejectedException>(() => ImportAsync(study, """
            therapist,client,session,role,x1,x2,x3
            T1,C1,1,client,5,,7.3
            T1,C1,2,client,1,,7.35
            T1,C1,3,client,,2,0.5
            T1,C1,4,client,1,,10
            """));
        // Line 5 is fine: x2 may be skipped, and 10 is on the visual-analogue scale.
        Assert.Equal([(2, "x1"), (3, "x3"), (4, "x1")], ex.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal("5 is outside the scale 1–4", ex.Errors[0].Reason);
        Assert.Equal("7.35 is not on the scale's step of 0.1 from 0", ex.Errors[1].Reason);
        Assert.Contains("required item x1", ex.Errors[2].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADefinitionThatIsNotAValidInstrumentIsNotFrozen()
    {
        await using var db = database.Open();
        var study = new Study { Name = "compact", CreatedAt = DateTimeOffset.UtcNow };
        db.Studies.Add(study);
        await db.SaveChangesAsync();
        const string compact = """
            { "id": "old", "version": "1.0.0", "title": "Old", "scale": { "min": 1, "max": 5, "step": 1 }, "items": [ { "id": "q1" } ] }
            """;

        var ex = await Assert.ThrowsAsync<InstrumentDefinitionException>(
            () => StudyInstruments.FreezeAsync(db, study.StudyId, compact, CancellationToken.None));
        Assert.Contains($"study {study.StudyId}", ex.Message, StringComparison.Ordinal);
        Assert.Contains(ex.Problems, p => p.Message == MissingScales);
        Assert.Equal(0, await db.InstrumentVersions.CountAsync(v => v.StudyId == study.StudyId));
    }

    [Fact]
    public async Task AFrozenDefinitionThatNoLongerLoadsStopsExportAndImportWithItsProblems()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "broken", TestStudies.TwoScaleInstrument);
        await using (var db = database.Open())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE instrument_versions SET definition = definition - 'scales' WHERE study_id = {study}");
        }

        var export = await Assert.ThrowsAsync<InstrumentDefinitionException>(
            () => ExportAsync(study, new ExportOptions(ExportFormat.Wide, "test")));
        Assert.Contains($"study {study}: frozen t-form 1.2.0", export.Message, StringComparison.Ordinal);
        Assert.Contains(export.Problems, p => p.Message == MissingScales);
        var import = await Assert.ThrowsAsync<InstrumentDefinitionException>(() => ImportAsync(study, "therapist,client,session,role,x1\n"));
        Assert.Contains($"study {study}: frozen t-form 1.2.0", import.Message, StringComparison.Ordinal);
    }

    private Task<ImportResult> ImportAsync(long study, string csv) =>
        ResponseImport.ImportAsync(database.ConnectionString, study, "t-form", new StringReader(csv),
            csv.StartsWith("therapist,client,session,role,item,", StringComparison.Ordinal) ? ImportLayout.Long : ImportLayout.Wide,
            "test.csv", "test", CancellationToken.None);

    private async Task<(string Csv, ExportResult Export)> ExportAsync(long study, ExportOptions options)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var export = await StudyExport.WriteAsync(database.ConnectionString, study, options, text, CancellationToken.None);
        return (text.ToString(), export);
    }
}
