using System.Globalization;
using Alliance.Data.Export;
using Alliance.Data.Import;
using CsvHelper;

namespace Alliance.Data.Tests.Import;

public sealed class RoundTripTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    private const string LongFile = """
        therapist,client,session,session_date,role,item,value
        T1,C1,1,2025-01-06,client,q1,3
        T1,C1,1,2025-01-06,client,q2,-2
        T1,C1,1,2025-01-06,client,q3,0
        T1,C1,1,2025-01-06,client,q4,
        T1,C1,1,2025-01-06,therapist,q1,1
        T1,C1,1,2025-01-06,therapist,q2,-3
        T1,C1,1,2025-01-06,therapist,q3,2
        T1,C1,2,2025-01-13,client,q1,-1
        T1,C1,2,2025-01-13,client,q2,2
        T1,C1,2,2025-01-13,client,q3,3
        T1,C1,2,2025-01-13,client,q4,1
        T2,C2,1,2025-01-07,client,q1,0
        T2,C2,1,2025-01-07,client,q2,0
        T2,C2,1,2025-01-07,client,q3,-3
        """;

    [Fact]
    public async Task LongImportExportsTheSameValues()
    {
        var study = await TestStudies.CreateAsync(database.ConnectionString, "round trip long");
        var result = await ResponseImport.ImportAsync(database.ConnectionString, study, "test-bipolar", new StringReader(LongFile),
            ImportLayout.Long, "long.csv", "test", CancellationToken.None);
        Assert.Equal(4, result.Responses);
        Assert.Equal(2, result.NewDyads);

        var exported = await ExportAsync(study, ExportFormat.Long);
        var expected = Rows(LongFile).Select(r => (r["therapist"] + "-" + r["client"], r["session"], r["role"], r["item"], r["value"])).Order();
        var actual = exported.Select(r => (r["dyad"], r["session"], r["role"], r["item"], r["value"])).Order();
        Assert.Equal(expected, actual);
        Assert.All(exported, r => Assert.Equal(study.ToString(CultureInfo.InvariantCulture), r["study_id"]));
    }

    [Fact]
    public async Task WideExportReimportsIntoAnotherStudyUnchanged()
    {
        var source = await TestStudies.CreateAsync(database.ConnectionString, "round trip wide source");
        await ResponseImport.ImportAsync(database.ConnectionString, source, "test-bipolar", new StringReader(LongFile),
            ImportLayout.Long, "long.csv", "test", CancellationToken.None);
        var first = await ExportTextAsync(source, ExportFormat.Wide);

        var copy = await TestStudies.CreateAsync(database.ConnectionString, "round trip wide copy");
        await ResponseImport.ImportAsync(database.ConnectionString, copy, "test-bipolar", new StringReader(first),
            ImportLayout.Wide, "wide.csv", "test", CancellationToken.None);
        var second = await ExportTextAsync(copy, ExportFormat.Wide);

        static IEnumerable<string> Comparable(string csv) => Rows(csv).Select(r => string.Join("|",
            r.Where(c => c.Key is not ("study_id" or "response_id")).Select(c => $"{c.Key}={c.Value}")));
        Assert.Equal(Comparable(first), Comparable(second));
        Assert.Equal(4, Rows(second).Count);
    }

    private async Task<List<Dictionary<string, string>>> ExportAsync(long study, ExportFormat format) =>
        Rows(await ExportTextAsync(study, format));

    private async Task<string> ExportTextAsync(long study, ExportFormat format)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await StudyExport.WriteAsync(database.ConnectionString, study, new ExportOptions(format, "test"), text, CancellationToken.None);
        return text.ToString();
    }

    internal static List<Dictionary<string, string>> Rows(string csvText)
    {
        using var csv = new CsvReader(new StringReader(csvText), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h) ?? ""));
        }
        return rows;
    }
}
