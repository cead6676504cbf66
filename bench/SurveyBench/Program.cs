// Survey submission benchmark (issue: participant survey). Measures POST /api/v1/surveys/{token}/responses
// submissions/s and latency at N concurrent clients against the real app on Kestrel and a private PostgreSQL
// cluster (fsync on), then pgbench inserting an equivalent row into the same cluster with the same clients, and
// prints the ratio and the CPU each side used per request. Afterwards it counts the stored responses: every
// acknowledged submission must be there once. The load comes from wrk in a second process when /usr/bin/wrk exists
// (apt-get install wrk), else from an in-process .NET client (--load dotnet), whose own CPU then counts as the server's.
//   dotnet run -c Release --project bench/SurveyBench -- [--seconds 15] [--clients 32] [--invitations 300000] [--answered 20000] [--warmup 10] [--load wrk|dotnet] [--serve SECONDS]
using System.Globalization;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SurveyBench;

var seconds = Option("--seconds", 15);
var clients = Option("--clients", 32);
var invitations = Option("--invitations", 300_000);
var answered = Option("--answered", 20_000);
var warmupSeconds = Option("--warmup", 10);
var load = args.Contains("dotnet") || WrkRun.Executable is null ? "dotnet" : "wrk";
var ct = CancellationToken.None;

var root = Path.Combine(Path.GetTempPath(), $"alliance-survey-bench-{Environment.ProcessId}");
Directory.CreateDirectory(root);
var cluster = new PostgresCluster(root, durable: true);
await cluster.StartAsync(ct);
try
{
    await using var database = await ScratchDatabase.CreateAsync(cluster.ConnectionString(), "survey_bench", ct);
    await AllianceDbContext.MigrateAsync(database.ConnectionString, ct);
    string[] tokens;
    await using (var db = AllianceDbContext.Open(database.ConnectionString))
    {
        Console.Error.WriteLine($"seeding {invitations} open invitations and {answered} answered ones…");
        tokens = await BenchInvitations.CreateAsync(db, invitations, answered, ct);
        // A live database has planner statistics (autovacuum); a freshly bulk-seeded one does not yet.
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
    }

    var app = await AllianceWebHost.BuildAsync(
        ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--ConnectionStrings:Alliance", database.ConnectionString,
         "--Demo:SeedWhenEmpty", "false", "--Logging:LogLevel:Default", "Warning"], ct: ct);
    await app.StartAsync(ct);
    var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    if (Option("--serve", 0) is > 0 and var serve)
    {
        // For profiling by hand: keep the seeded app up and leave the unused links in a file for wrk or curl.
        var file = Path.Combine(root, "tokens.txt");
        await File.WriteAllLinesAsync(file, tokens, ct);
        Console.WriteLine($"serving {address} for {serve} s; links in {file}; postmaster.pid in {cluster.DataDirectory}");
        await Task.Delay(TimeSpan.FromSeconds(serve), ct);
        await app.StopAsync(ct);
        return 0;
    }
    var postmaster = int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory!, "postmaster.pid")).First(), CultureInfo.InvariantCulture);

    Console.Error.WriteLine($"warming up {warmupSeconds} s, then measuring {seconds} s at {clients} clients (load: {load})…");
    int warmupAcknowledged;
    var ranOut = false;
    (double Self, double Postgres) before, after;
    Measured run;
    using var queue = new QueueMeter();
    // Links for the warm-up and the measured run, in proportion to their durations.
    var split = (int)((long)tokens.Length * warmupSeconds / (warmupSeconds + seconds));
    if (load == "wrk")
    {
        var warmup = new WrkRun();
        await warmup.RunAsync(address, tokens[..split], clients, TimeSpan.FromSeconds(warmupSeconds), ct);
        warmupAcknowledged = warmup.Acknowledged;
        var measured = new WrkRun();
        before = CpuMeter.Seconds(postmaster);
        queue.Reset();
        await measured.RunAsync(address, tokens[split..], clients, TimeSpan.FromSeconds(seconds), ct);
        after = CpuMeter.Seconds(postmaster);
        run = new Measured(measured.Acknowledged, measured.Failed, measured.Seconds, measured.P50Ms, measured.P99Ms);
        ranOut = measured.Used >= tokens.Length - split;
    }
    else
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };
        var warmup = new LoadRun(http, tokens);
        await warmup.RunAsync(clients, TimeSpan.FromSeconds(warmupSeconds), 0, ct);
        warmupAcknowledged = warmup.Acknowledged;
        var measured = new LoadRun(http, tokens);
        before = CpuMeter.Seconds(postmaster);
        queue.Reset();
        await measured.RunAsync(clients, TimeSpan.FromSeconds(seconds), warmup.Used, ct);
        after = CpuMeter.Seconds(postmaster);
        run = new Measured(measured.Acknowledged, measured.Failed, measured.Seconds, measured.Percentile(0.50), measured.Percentile(0.99));
        ranOut = measured.Used >= tokens.Length;
    }
    var (lookupSize, lookups) = queue.Mean("alliance.survey.submission.lookup.size");
    var (storeSize, stores) = queue.Mean("alliance.survey.submission.store.size");
    var queueWait = queue.Mean("alliance.survey.submission.queue.wait").Mean;
    var lookup = queue.Mean("alliance.survey.submission.lookup.duration").Mean;
    var store = queue.Mean("alliance.survey.submission.store.duration").Mean;
    await app.StopAsync(ct);
    await app.DisposeAsync();

    long stored, distinct;
    await using (var db = AllianceDbContext.Open(database.ConnectionString))
    {
        var submitted = db.Responses.Where(r => r.Source == "web");
        stored = await submitted.LongCountAsync(ct);
        distinct = await submitted.Select(r => r.InvitationId).Distinct().LongCountAsync(ct);
    }
    var acknowledged = warmupAcknowledged + run.Acknowledged;

    Console.Error.WriteLine($"pgbench {seconds} s at {clients} clients…");
    var pgBefore = CpuMeter.Seconds(postmaster);
    var (tps, pgLatency) = await PgBench.RunAsync(cluster.Binaries.Directory, database.ConnectionString, clients, TimeSpan.FromSeconds(seconds), ct);
    var pgAfter = CpuMeter.Seconds(postmaster);

    var rate = run.Acknowledged / run.Seconds;
    var serverCpu = (after.Self - before.Self) * 1000 / Math.Max(1, run.Acknowledged);
    var postgresCpu = (after.Postgres - before.Postgres) * 1000 / Math.Max(1, run.Acknowledged);
    var pgbenchCpu = (pgAfter.Postgres - pgBefore.Postgres) * 1000 / Math.Max(1, tps * seconds);
    // Each load run (warm-up, measurement) stops with up to `clients` requests in flight: the server may still store
    // those, unacknowledged. Never twice, never lost.
    var exactlyOnce = stored == distinct && stored >= acknowledged && stored - acknowledged <= 2 * clients;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        survey submissions (POST, {clients} clients, {run.Seconds:F1} s, fsync on, load from {load})
          submissions/s        {rate,10:F0}
          latency p50 / p99    {run.P50Ms,10:F2} / {run.P99Ms:F2} ms
          non-201 answers      {run.Failed,10}
          CPU per submission   {serverCpu,10:F3} ms web process{(load == "dotnet" ? " (with the load generator)" : "")}, {postgresCpu:F3} ms PostgreSQL
          queue                {lookups,10} lookups of {lookupSize:F1} submissions on average ({lookup:F2} ms), {stores} statements storing {storeSize:F1} ({store:F2} ms); mean wait {queueWait:F2} ms
        pgbench, equivalent row insert ({clients} clients)
          transactions/s       {tps,10:F0}
          latency average      {pgLatency,10:F2} ms
          CPU per transaction  {pgbenchCpu,10:F3} ms PostgreSQL
        ratio submissions/s ÷ pgbench tps: {rate / tps:F3}
        {(ranOut ? "links ran out before the end of the run: the rate above is a lower bound; raise --invitations\n" : "")}exactly once: acknowledged {acknowledged}, stored {stored}, distinct invitations {distinct} → {(exactlyOnce ? "OK" : "MISMATCH")}
        """));
    return exactlyOnce ? 0 : 1;
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

/// <summary>One measured load run, whichever generator made it.</summary>
internal sealed record Measured(int Acknowledged, int Failed, double Seconds, double P50Ms, double P99Ms);
