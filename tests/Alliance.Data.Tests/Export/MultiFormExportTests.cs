using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Import;
using Alliance.Data.Instruments;
using Alliance.Data.Tests.Import;
using Alliance.Instruments;
using Alliance.Instruments.Scoring;

namespace Alliance.Data.Tests.Export;

/// <summary>
/// The study of issue 14: clients answer <c>wa-client</c> and <c>session-vas</c>, therapists <c>wa-therapist</c> (the
/// shipped forms). The dyadic export once paired the client's session-vas total (a 0–40 sum) with the therapist's
/// working-alliance mean (1–5) as <c>discrepancy_total</c> and lost the client's wa form; the wide export's
/// <c>score_total</c> held sums and means in one column.
/// </summary>
public sealed class MultiFormExportTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    [Fact]
    public async Task TheDyadicExportHasOneRowPerConstructAndNoCrossConstructDiscrepancy()
    {
        var study = await CreateAsync("dyadic");

        var (csv, export) = await ExportAsync(study, ExportFormat.Dyadic);
        var rows = RoundTripTests.Rows(csv);

        // Sessions 1 and 2: both wa forms and the session check; session 3: the client's two forms only.
        Assert.Equal(
        [
            ("1", "session-rating", "session-vas", ""), ("1", "working-alliance", "wa-client", "wa-therapist"),
            ("2", "session-rating", "session-vas", ""), ("2", "working-alliance", "wa-client", "wa-therapist"),
            ("3", "session-rating", "session-vas", ""), ("3", "working-alliance", "wa-client", ""),
        ], rows.Select(r => (r["session"], r["construct"], r["client_instrument"], r["therapist_instrument"])));
        var wa = rows.Single(r => r["session"] == "1" && r["construct"] == "working-alliance");
        Assert.Equal("4.5", wa["client_total"]);                    // mean of six 4s and six 5s
        Assert.Equal("3", wa["therapist_total"]);
        Assert.Equal("1.5", wa["discrepancy_total"]);
        Assert.Equal("1.5", wa["discrepancy_goal"]);
        Assert.Equal("1.2.0", wa["therapist_instrument_version"]);
        var check = rows.Single(r => r["session"] == "1" && r["construct"] == "session-rating");
        Assert.Equal("33.6", check["client_total"]);               // sum 7.3 + 8.1 + 9 + 9.2, on its own 0–40 scale
        Assert.Equal("", check["therapist_total"]);
        Assert.All(rows.Where(r => r["construct"] != "working-alliance" || r["therapist_instrument"] == ""),
            r => Assert.Equal("", r["discrepancy_total"]));
        Assert.Equal(rows.Count, export.Rows);

        var codebook = RoundTripTests.Rows(Codebook.Csv(export)).ToDictionary(r => r["column"]);
        Assert.Equal("session-vas 1.2.0; wa-client 1.2.0", codebook["client_total"]["instrument"]);
        Assert.Equal("0–40; 1–5", codebook["client_total"]["range"]);
        Assert.StartsWith("sum of the 4 items, with 3 of 4 answered, prorated", codebook["client_total"]["scoring"], StringComparison.Ordinal);
        Assert.Equal("wa-client − wa-therapist 1.2.0 − 1.2.0", codebook["discrepancy_total"]["instrument"]);
        Assert.DoesNotContain("discrepancy_sv1", codebook.Keys);
    }

    [Fact]
    public async Task TheWideExportNamesScoreColumnsByInstrumentSoNoColumnHoldsTwoScales()
    {
        var study = await CreateAsync("wide");

        var (csv, export) = await ExportAsync(study, ExportFormat.Wide);
        var rows = RoundTripTests.Rows(csv);

        var header = csv.Split('\n')[0].Split(',');
        Assert.DoesNotContain("score_total", header);
        Assert.Equal(["session_vas_total", "wa_client_total", "wa_client_goal", "wa_client_task", "wa_client_bond",
            "wa_therapist_total", "wa_therapist_goal", "wa_therapist_task", "wa_therapist_bond"], header.SkipWhile(h => h != "session_vas_total"));
        var check = rows.Single(r => r["session"] == "1" && r["instrument"] == "session-vas");
        Assert.Equal("33.6", check["session_vas_total"]);
        Assert.Equal("", check["wa_client_total"]);
        var codebook = RoundTripTests.Rows(Codebook.Csv(export)).ToDictionary(r => r["column"]);
        Assert.Equal("wa-client 1.2.0", codebook["wa_client_total"]["instrument"]);
        Assert.Equal("1–5", codebook["wa_client_total"]["range"]);
        Assert.Equal("mean of the answered items, scored when at least 9 of 12 are answered", codebook["wa_client_total"]["scoring"]);
        Assert.Equal("session-vas score total (Session check total): sum, 0–40", codebook["session_vas_total"]["description"]);
    }

    [Fact]
    public async Task LongWideAndDyadicExportsGiveTheSameScoreForTheSameResponse()
    {
        var study = await CreateAsync("agree");
        var catalog = await StudyDefinitions.LoadAsync(database.ConnectionString, study, CancellationToken.None);

        var (longCsv, _) = await ExportAsync(study, ExportFormat.Long);
        var wide = RoundTripTests.Rows((await ExportAsync(study, ExportFormat.Wide)).Csv);
        var dyadic = RoundTripTests.Rows((await ExportAsync(study, ExportFormat.Dyadic)).Csv);

        var forms = RoundTripTests.Rows(longCsv).GroupBy(r => r["response_id"]).ToList();
        Assert.Equal(wide.Count, forms.Count);
        foreach (var form in forms)
        {
            var first = form.First();
            var (instrument, role, session) = (catalog.Get(first["instrument"]), first["role"], first["session"]);
            var sheet = new InstrumentScorer(instrument).Score(form.ToDictionary(r => r["item"],
                r => r["value"].Length == 0 ? null : (double?)double.Parse(r["value"], C), StringComparer.Ordinal));
            var wideRow = wide.Single(r => r["response_id"] == first["response_id"]);
            var dyadicRow = dyadic.Single(r => r["session"] == session && r[$"{role}_instrument"] == instrument.Id);
            foreach (var score in sheet.Scores)
            {
                var expected = score.Value is { } v ? v.ToString("R", C) : "";
                Assert.Equal((instrument.Id, score.Id, expected), (instrument.Id, score.Id, Number(wideRow[ScoreColumns.WideName(instrument.Id, score.Id)])));
                Assert.Equal((instrument.Id, score.Id, expected), (instrument.Id, score.Id, Number(dyadicRow[$"{role}_{score.Id}"])));
            }
        }
    }

    private static string Number(string cell) => cell.Length == 0 ? "" : double.Parse(cell, C).ToString("R", C);

    /// <summary>One dyad, three sessions: wa-client and session-vas each session, wa-therapist at sessions 1 and 2.</summary>
    private async Task<long> CreateAsync(string name)
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, name, Shipped("wa-client"));
        await using (var db = database.Open())
        {
            await StudyInstruments.FreezeAsync(db, study, Shipped("wa-therapist"), CancellationToken.None);
            await StudyInstruments.FreezeAsync(db, study, Shipped("session-vas"), CancellationToken.None);
        }
        var wa = string.Join(",", Enumerable.Range(1, 12).Select(i => $"wa{i}"));
        await ImportAsync(study, "wa-client", $"""
            therapist,client,session,role,{wa}
            T1,C1,1,client,4,4,4,4,4,4,5,5,5,5,5,5
            T1,C1,2,client,3,3,3,4,4,4,2,2,2,5,4,5
            T1,C1,3,client,5,5,5,5,5,5,5,5,5,5,5,4
            """);
        await ImportAsync(study, "wa-therapist", $"""
            therapist,client,session,role,{wa}
            T1,C1,1,therapist,3,3,3,3,3,3,3,3,3,3,3,3
            T1,C1,2,therapist,2,3,4,2,3,4,2,3,4,2,3,4
            """);
        await ImportAsync(study, "session-vas", """
            therapist,client,session,role,sv1,sv2,sv3,sv4
            T1,C1,1,client,7.3,8.1,9,9.2
            T1,C1,2,client,5,6.5,6,4.4
            T1,C1,3,client,10,10,9.9,10
            """);
        return study;
    }

    private static string Shipped(string id) => InstrumentCatalog.ShippedDefinition(id + ".json")!;

    private Task<ImportResult> ImportAsync(long study, string instrument, string csv) =>
        ResponseImport.ImportAsync(database.ConnectionString, study, instrument, new StringReader(csv), ImportLayout.Wide,
            instrument + ".csv", "test", CancellationToken.None);

    private async Task<(string Csv, ExportResult Export)> ExportAsync(long study, ExportFormat format)
    {
        using var text = new StringWriter(C);
        var export = await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(format, "test"), text, CancellationToken.None);
        return (text.ToString(), export);
    }
}
