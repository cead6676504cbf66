// Large-study benchmark (issue #21): seeds a study of --dyads dyads (LargeStudySeed: 10,000 by default, 20 sessions,
// 440,000 links, 90 % answered) by COPY into a private PostgreSQL cluster, starts the web app of the build under test as
// a process of its own, and measures every researcher page (p50/p95/size, 1 and 8 signed-in researchers at once), a
// participant opening and submitting a survey alone and while 8 researchers load the dashboard, the web process's
// resident memory, the long export against `psql \copy` of the same query (time, first byte, peak memory) and
// `alliance report --study` (time, peak memory). Prints one Markdown table.
//   dotnet run -c Release --project bench/LargeStudyBench -- [--web DIR/Alliance.Web.dll --cli DIR/alliance.dll]
//       [--dyads 10000] [--requests 5] [--each 2] [--load-seconds 20] [--report-timeout 300] [--label TEXT]
// Without --web/--cli it measures this checkout's Release build (build the solution first).
using System.Globalization;
using System.Net;
using Alliance.Data;
using Alliance.Data.Demo;
using Alliance.Data.Embedded;
using Alliance.Data.Export;
using Alliance.Testing.Databases;
using LargeStudyBench;

var ct = CancellationToken.None;
var (defaultWeb, defaultCli) = args.Contains("--web") ? ("", "") : BuildUnderTest.OfThisCheckout();
var webDll = Text("--web", defaultWeb);
var cliDll = Text("--cli", defaultCli);
var dyads = Option("--dyads", LargeStudyShape.Default.Dyads);
var requests = Option("--requests", 5);
var each = Option("--each", 2);
var loadSeconds = Option("--load-seconds", 20);
var reportTimeout = TimeSpan.FromSeconds(Option("--report-timeout", 300));
var label = Text("--label", webDll);
var table = new List<string>();
void Row(string what, string value, string note = "")
{
    // Also to standard error as it comes, so a run that fails later keeps what it measured.
    table.Add($"| {what} | {value} | {note} |");
    Console.Error.WriteLine(table[^1]);
}

var root = Path.Combine(Path.GetTempPath(), $"alliance-large-bench-{Environment.ProcessId}");
Directory.CreateDirectory(root);
var cluster = new PostgresCluster(root, durable: true);
await cluster.StartAsync(ct);
try
{
    await using var database = await ScratchDatabase.CreateAsync(cluster.ConnectionString(), "large_bench", ct);
    var build = new BuildUnderTest(webDll, cliDll, database.ConnectionString);
    var migrate = await build.RunCliAsync(TimeSpan.FromMinutes(5), "db", "migrate");
    if (migrate.ExitCode != 0)
    {
        throw new InvalidOperationException("db migrate failed: " + migrate.Error);
    }
    var seedWatch = System.Diagnostics.Stopwatch.StartNew();
    var web = FreeLoopbackAddress();
    var study = await LargeStudySeed.SeedAsync(database.ConnectionString, new LargeStudyShape(dyads), LargeStudySeed.DefaultSeed,
        web.ToString().TrimEnd('/'), ct);
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"seeded {study.Dyads:N0} dyads, {study.Invitations:N0} links, {study.Answered:N0} answered in {seedWatch.Elapsed.TotalSeconds:F0} s"));
    Row("seed (COPY)", string.Create(CultureInfo.InvariantCulture, $"{seedWatch.Elapsed.TotalSeconds:F0} s"),
        string.Create(CultureInfo.InvariantCulture, $"{study.Dyads:N0} dyads, {study.Sessions:N0} sessions, {study.Invitations:N0} links, {study.Answered:N0} answered"));

    if (ShippedForms.FolderOf(build.WebDll) is { } forms
        && await ShippedForms.FreezeAsync(database.ConnectionString, study.StudyId, forms, ct) is > 0 and var refrozen)
    {
        Console.Error.WriteLine($"froze {refrozen} form version(s) as {forms} ships them (the build under test is another checkout)");
    }

    using (var process = build.StartWeb(web))
    {
        try
        {
            var (backlog, waited, cleared) = await ExpiryBacklog.WaitAsync(database.ConnectionString, study.StudyId, TimeSpan.FromMinutes(3), ct);
            Row("expiry backlog before the pages", string.Create(CultureInfo.InvariantCulture,
                    $"{backlog:N0} links {(cleared ? "marked" : "not all marked")} in {waited.TotalSeconds:F0} s"),
                "the web app's expiry job after start; the pages are measured after it");
            await Pages.MeasureAsync(web, study, process.Id, requests, each, loadSeconds, Row, ct);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
        }
    }

    // Both exports go to /dev/null or are only counted: a 10,000-dyad long export is half a gigabyte.
    var copySeconds = await ExportBench.PsqlCopy.RunAsync(database.ConnectionString,
        ExportQueries.Long.Replace("$1", study.StudyId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal).ReplaceLineEndings(" "),
        "/dev/null");
    var export = await build.RunCliAsync(TimeSpan.FromMinutes(10), "export", "--study",
        study.StudyId.ToString(CultureInfo.InvariantCulture), "--format", "long");
    Row("long export (`alliance export`)", export.ExitCode == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{export.Seconds:F1} s, first byte {export.FirstByteSeconds:F1} s, peak {export.PeakKb / 1024.0:F0} MB")
            : $"failed ({export.ExitCode})",
        string.Create(CultureInfo.InvariantCulture,
            $"`psql \\copy` of this bench's export query {copySeconds:F1} s: ratio {copySeconds / export.Seconds:F2} (process start included); {export.Lines - 1:N0} rows, {export.Bytes / 1e6:F0} MB"));

    var dir = Directory.CreateTempSubdirectory("alliance-large-bench-report").FullName;
    var report = await build.RunCliAsync(reportTimeout, "report", "--study", study.StudyId.ToString(CultureInfo.InvariantCulture),
        "--output", Path.Combine(dir, "report"), "--force");
    Row("report (`alliance report --study`)", report.ExitCode switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{report.Seconds:F0} s, peak {report.PeakKb / 1024.0:F0} MB"),
        null => string.Create(CultureInfo.InvariantCulture, $"stopped at {reportTimeout.TotalSeconds:F0} s, peak {report.PeakKb / 1024.0:F0} MB"),
        var code => string.Create(CultureInfo.InvariantCulture, $"exit {code} after {report.Seconds:F0} s, peak {report.PeakKb / 1024.0:F0} MB"),
    }, report.ExitCode is 0 or null ? "" : report.Error.Split('\n').FirstOrDefault(l => l.Length > 0) ?? "");
    Directory.Delete(dir, recursive: true);

    Console.WriteLine($"Large-study bench: {label}; {Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    Console.WriteLine();
    Console.WriteLine("| measure | result | note |");
    Console.WriteLine("|---|---|---|");
    table.ForEach(Console.WriteLine);
    return 0;
}
finally
{
    await cluster.StopAsync(ct);
    try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
}

int Option(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
}

static Uri FreeLoopbackAddress()
{
    using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/"));
}

string Text(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
