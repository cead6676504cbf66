// Survey submission benchmark (issue: participant survey). Measures POST /api/v1/surveys/{token}/responses
// submissions/s and latency at N concurrent clients against the real app on Kestrel and a private PostgreSQL
// cluster (fsync on), alternating with pgbench inserting an equivalent row into the same cluster with the same
// clients, and prints each round's ratio, their median and the CPU each side used per request. Afterwards it counts the stored responses: every
// acknowledged submission must be there once. The load comes from wrk in a second process when /usr/bin/wrk exists
// (apt-get install wrk), else from an in-process .NET client (--load dotnet), whose own CPU then counts as the server's.
//   dotnet run -c Release --project bench/SurveyBench -- [--seconds 15] [--clients 32] [--invitations 300000] [--answered 20000] [--warmup 10] [--rounds 3] [--load wrk|dotnet] [--serve SECONDS]
using System.Globalization;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Testing.Databases;
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
var rounds = Math.Max(1, Option("--rounds", 3));
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

    Console.Error.WriteLine($"warming up {warmupSeconds} s, then {rounds} rounds of {seconds} s of submissions and {seconds} s of pgbench at {clients} clients (load: {load})…");
    var ranOut = false;
    using var queue = new QueueMeter();
    // Links for the warm-up and each round, in proportion to their durations: share k is tokens[shares[k]..shares[k + 1]].
    var shares = Enumerable.Range(0, rounds)
        .Select(r => (int)((long)tokens.Length * (warmupSeconds + r * seconds) / (warmupSeconds + rounds * seconds)))
        .Prepend(0).Append(tokens.Length).ToArray();
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };
    var nextToken = 0;
    async Task<Measured> LoadAsync(int share, int runSeconds)
    {
        if (load == "wrk")
        {
            var wrk = new WrkRun();
            await wrk.RunAsync(address, tokens[shares[share]..shares[share + 1]], clients, TimeSpan.FromSeconds(runSeconds), ct);
            ranOut |= share > 0 && wrk.Used >= shares[share + 1] - shares[share];
            return new Measured(wrk.Acknowledged, wrk.Failed, wrk.Seconds, wrk.P50Ms, wrk.P99Ms);
        }
        var run = new LoadRun(http, tokens);
        await run.RunAsync(clients, TimeSpan.FromSeconds(runSeconds), nextToken, ct);
        nextToken = run.Used;
        ranOut |= share > 0 && run.Used >= tokens.Length;
        return new Measured(run.Acknowledged, run.Failed, run.Seconds, run.Percentile(0.50), run.Percentile(0.99));
    }

    var acknowledged = (await LoadAsync(0, warmupSeconds)).Acknowledged;
    queue.Reset();
    // Submissions and pgbench alternate, so a change in the machine's other load falls on both sides of a round's ratio.
    var results = new List<(Measured Run, double Tps, double PgLatency)>();
    double serverCpu = 0, postgresCpu = 0, pgbenchCpu = 0, pgbenchTransactions = 0;
    for (var round = 1; round <= rounds; round++)
    {
        var before = CpuMeter.Seconds(postmaster);
        var run = await LoadAsync(round, seconds);
        var after = CpuMeter.Seconds(postmaster);
        var (tps, pgLatency) = await PgBench.RunAsync(cluster.Binaries.Directory, database.ConnectionString, clients, TimeSpan.FromSeconds(seconds), ct);
        var pgAfter = CpuMeter.Seconds(postmaster);
        acknowledged += run.Acknowledged;
        serverCpu += after.Self - before.Self;
        postgresCpu += after.Postgres - before.Postgres;
        pgbenchCpu += pgAfter.Postgres - after.Postgres;
        pgbenchTransactions += tps * seconds;
        results.Add((run, tps, pgLatency));
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round}: {run.Acknowledged / run.Seconds:F0} submissions/s, pgbench {tps:F0} tps, ratio {run.Acknowledged / run.Seconds / tps:F3}"));
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

    var measuredCount = results.Sum(r => r.Run.Acknowledged);
    var ratios = results.Select(r => r.Run.Acknowledged / r.Run.Seconds / r.Tps).Order().ToArray();
    // Each load run (warm-up, rounds) stops with up to `clients` requests in flight: the server may still store
    // those, unacknowledged. Never twice, never lost.
    var exactlyOnce = stored == distinct && stored >= acknowledged && stored - acknowledged <= (rounds + 1) * clients;
    var table = string.Join("\n", results.Select((r, i) => string.Create(CultureInfo.InvariantCulture,
        $"  {i + 1,5} {r.Run.Acknowledged / r.Run.Seconds,14:F0} {r.Run.P50Ms,8:F2} {r.Run.P99Ms,8:F2} {r.Run.Failed,8} {r.Tps,12:F0} {r.PgLatency,8:F2} {r.Run.Acknowledged / r.Run.Seconds / r.Tps,7:F3}")));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        survey submissions (POST, {clients} clients, fsync on, load from {load}) against pgbench inserting an equivalent row
        ({clients} clients), alternating, {rounds} rounds of {seconds} s each
          round  submissions/s   p50 ms   p99 ms  non-201  pgbench tps   avg ms   ratio
        {table}
          CPU per submission   {serverCpu * 1000 / Math.Max(1, measuredCount):F3} ms web process{(load == "dotnet" ? " (with the load generator)" : "")}, {postgresCpu * 1000 / Math.Max(1, measuredCount):F3} ms PostgreSQL; per pgbench transaction {pgbenchCpu * 1000 / Math.Max(1, pgbenchTransactions):F3} ms PostgreSQL
          queue                {lookups} lookups of {lookupSize:F1} submissions on average ({lookup:F2} ms), {stores} statements storing {storeSize:F1} ({store:F2} ms); mean wait {queueWait:F2} ms
        ratio submissions/s ÷ pgbench tps: median {(ratios[(ratios.Length - 1) / 2] + ratios[ratios.Length / 2]) / 2:F3} (lowest {ratios[0]:F3}, highest {ratios[^1]:F3}); worst p99 {results.Max(r => r.Run.P99Ms):F2} ms
        {(ranOut ? "links ran out before the end of a round: its rate is a lower bound; raise --invitations\n" : "")}exactly once: acknowledged {acknowledged}, stored {stored}, distinct invitations {distinct} → {(exactlyOnce ? "OK" : "MISMATCH")}
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
