using Alliance.Data.Demo;
using Alliance.Data.Export;

namespace Alliance.Data.Tests.Demo;

public sealed class DemoDataSetTests(MigratedDatabase database) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task FileDataSetHasTheSameFormsAsADatabaseDemoWithTheSameSeed()
    {
        await using var db = database.Open();
        var demo = await DemoStudy.SeedAsync(db, "http://127.0.0.1:5000", DemoDataSet.DefaultSeed, CancellationToken.None);
        var fromDatabase = new StringWriter();
        await StudyExport.WriteAsync(database.ConnectionString, demo.StudyId,
            new ExportOptions(ExportFormat.Wide, "test"), fromDatabase, CancellationToken.None);
        var fromMemory = new StringWriter();
        await DemoDataSet.WriteAsync(ExportFormat.Wide, DemoDataSet.DefaultSeed, fromMemory, CancellationToken.None);

        // Everything but study id, session date, response id and submission time (columns 0, 6, 10, 11), which the
        // file fixes and the database takes from the clock: same dyads, arms, forms, answers and scores, row by row.
        static List<string> Comparable(StringWriter csv) => [.. csv.ToString().Split('\n').Select(line =>
            string.Join(',', line.Split(',').Where((_, i) => i is not (0 or 6 or 10 or 11))))];
        var expected = Comparable(fromDatabase);
        var actual = Comparable(fromMemory);
        Assert.Equal(24 * 16 + 2, actual.Count);
        Assert.Equal(expected, actual);
    }
}
