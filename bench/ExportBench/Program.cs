using System.Diagnostics;
using System.Globalization;
using System.Text;
using Alliance.Data;
using Alliance.Data.Export;
using Alliance.Testing.Databases;
using ExportBench;
using Npgsql;

// Usage: dotnet run -c Release --project bench/ExportBench [-- --rounds N]
// Child mode (used by the parent to measure peak memory): ExportBench --child CONNECTION STUDY FILE
if (args.Length == 4 && args[0] == "--child")
{
    var watch = Stopwatch.StartNew();
    await using (var writer = new StreamWriter(args[3], false, new UTF8Encoding(false), 1 << 16))
    {
        await StudyExport.WriteAsync(args[1], long.Parse(args[2], CultureInfo.InvariantCulture),
            new ExportOptions(ExportFormat.Long, "bench"), writer, CancellationToken.None);
    }
    watch.Stop();
    var hwm = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalSeconds:R} {hwm.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]}"));
    return 0;
}

var rounds = args.Length == 2 && args[0] == "--rounds" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var admin = await TestServer.AdminConnectionStringAsync(CancellationToken.None);
await using var scratch = await ScratchDatabase.CreateAsync(admin, "export_bench", CancellationToken.None);
await AllianceDbContext.MigrateAsync(scratch.ConnectionString, CancellationToken.None);
var seedWatch = Stopwatch.StartNew();
var study = await BenchSeed.SeedAsync(scratch.ConnectionString, CancellationToken.None);
long items;
await using (var connection = new NpgsqlConnection(scratch.ConnectionString))
{
    await connection.OpenAsync();
    await using var count = new NpgsqlCommand("SELECT count(*) FROM response_items WHERE study_id = $1", connection);
    count.Parameters.Add(new NpgsqlParameter { Value = study });
    items = (long)(await count.ExecuteScalarAsync())!;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seeded {items:N0} item answers in {seedWatch.Elapsed.TotalSeconds:F1} s"));

var dir = Directory.CreateTempSubdirectory("alliance-export-bench").FullName;
var ours = Path.Combine(dir, "ours.csv");
var copied = Path.Combine(dir, "copy.csv");
var copyQuery = ExportQueries.Long.Replace("$1", study.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
    .ReplaceLineEndings(" ");
var best = (Ours: double.MaxValue, OursWall: double.MaxValue, Copy: double.MaxValue, PeakKb: 0L);
for (var round = 1; round <= rounds; round++)
{
    var copySeconds = await PsqlCopy.RunAsync(scratch.ConnectionString, copyQuery, copied);
    var (inside, wall, peakKb) = await ChildExport.RunAsync(scratch.ConnectionString, study, ours);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round {round}: psql \\copy {copySeconds:F2} s, ours {inside:F2} s in-process ({wall:F2} s with process start), peak RSS {peakKb / 1024.0:F0} MB"));
    best = (Math.Min(best.Ours, inside), Math.Min(best.OursWall, wall), Math.Min(best.Copy, copySeconds), Math.Max(best.PeakKb, peakKb));
}

var oursLines = File.ReadLines(ours).LongCount() - 1;
var copyLines = File.ReadLines(copied).LongCount();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"rows: ours {oursLines:N0}, COPY {copyLines:N0}; file sizes: ours {new FileInfo(ours).Length / 1e6:F0} MB, COPY {new FileInfo(copied).Length / 1e6:F0} MB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best of {rounds}: COPY {copyLines / best.Copy:N0} rows/s, ours {oursLines / best.Ours:N0} rows/s " +
    $"(with process start {oursLines / best.OursWall:N0} rows/s)"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio ours/COPY: {best.Copy / best.Ours:F2} (with process start {best.Copy / best.OursWall:F2}); target >= 0.5"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak memory of the exporting process: {best.PeakKb / 1024.0:F0} MB (VmHWM); target < 200 MB"));
Directory.Delete(dir, recursive: true);
return 0;
