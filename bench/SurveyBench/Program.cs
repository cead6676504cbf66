// Survey submission benchmark (issue: participant survey). Measures POST /api/v1/surveys/{token}/responses
// submissions/s and latency at N concurrent clients against the real app on Kestrel and a private PostgreSQL
// cluster (fsync on), alternating with pgbench inserting an equivalent row into the same cluster with the same
// clients, and prints each round's ratio, their median and the CPU each side used per request. Afterwards it counts the stored responses: every
// acknowledged submission must be there once. The load comes from wrk in a second process when /usr/bin/wrk exists
// (apt-get install wrk), else from an in-process .NET client (--load dotnet), whose own CPU then counts as the server's.
// With --haproxy the same warm-up and rounds follow through HAProxy (Debian package haproxy) over two instances of the
// built app, each a process of its own, and both are reported.
//   dotnet run -c Release --project bench/SurveyBench -- [--seconds 15] [--clients 32] [--invitations 300000] [--answered 20000] [--warmup 10] [--rounds 3] [--load wrk|dotnet] [--haproxy] [--serve SECONDS]
using System.Globalization;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Testing.Databases;
using Alliance.Testing.Hosting;
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
var haproxy = args.Contains("--haproxy");
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

    // One key-encryption key for this app and the --haproxy instances: they share the database's key ring, and an
    // instance that cannot decrypt the ring's key refuses to start.
    var keyEncryptionKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    var app = await AllianceWebHost.BuildAsync(
        ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--ConnectionStrings:Alliance", database.ConnectionString,
         "--Demo:SeedWhenEmpty", "false", "--Logging:LogLevel:Default", "Warning", "--DataProtection:KeyEncryptionKey", keyEncryptionKey], ct: ct);
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
    var runs = haproxy ? 2 : 1;
    Console.Error.WriteLine($"warming up {warmupSeconds} s, then {rounds} rounds of {seconds} s of submissions and {seconds} s of pgbench at {clients} clients (load: {load}){(haproxy ? ", directly, then through HAProxy over two instances" : "")}…");
    var ranOut = false;
    using var queue = new QueueMeter();
    // Links for each run's warm-up and rounds, in proportion to their durations: share k of run r is
    // tokens[shares[r * (rounds + 1) + k]..shares[r * (rounds + 1) + k + 1]].
    var shares = Enumerable.Range(0, runs * (rounds + 1))
        .Select(k => (long)(k / (rounds + 1)) * (warmupSeconds + rounds * seconds) + (k % (rounds + 1) == 0 ? 0 : warmupSeconds + (k % (rounds + 1) - 1) * seconds))
        .Select(t => (int)(tokens.Length * t / (runs * (warmupSeconds + rounds * (long)seconds)))).Append(tokens.Length).ToArray();
    var nextToken = 0;
    Func<int, int, Task<Measured>> Load(string target, int run)
    {
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(target) };
        return async (part, runSeconds) =>
        {
            var share = run * (rounds + 1) + part;
            if (load == "wrk")
            {
                var wrk = new WrkRun();
                await wrk.RunAsync(target, tokens[shares[share]..shares[share + 1]], clients, TimeSpan.FromSeconds(runSeconds), ct);
                ranOut |= part > 0 && wrk.Used >= shares[share + 1] - shares[share];
                return new Measured(wrk.Acknowledged, wrk.Failed, wrk.Seconds, wrk.P50Ms, wrk.P99Ms);
            }
            var loadRun = new LoadRun(http, tokens);
            await loadRun.RunAsync(clients, TimeSpan.FromSeconds(runSeconds), nextToken, ct);
            nextToken = loadRun.Used;
            ranOut |= part > 0 && loadRun.Used >= tokens.Length;
            return new Measured(loadRun.Acknowledged, loadRun.Failed, loadRun.Seconds, loadRun.Percentile(0.50), loadRun.Percentile(0.99));
        };
    }

    var direct = new AlternatingRounds(cluster, database.ConnectionString, clients, seconds, rounds, () => CpuMeter.Of(Environment.ProcessId));
    await direct.RunAsync(Load(address, 0), warmupSeconds, queue.Reset, ct);
    var (lookupSize, lookups) = queue.Mean("alliance.survey.submission.lookup.size");
    var (storeSize, stores) = queue.Mean("alliance.survey.submission.store.size");
    var queueWait = queue.Mean("alliance.survey.submission.queue.wait").Mean;
    var lookup = queue.Mean("alliance.survey.submission.lookup.duration").Mean;
    var store = queue.Mean("alliance.survey.submission.store.duration").Mean;
    await app.StopAsync(ct);
    await app.DisposeAsync();
    var acknowledged = direct.Acknowledged;

    string? proxied = null;
    if (haproxy)
    {
        // Two instances of the built app as separate processes (own home each, one database), HAProxy round-robin in front.
        using var instances = new InstancesBehindProxy(database.ConnectionString, keyEncryptionKey: keyEncryptionKey);
        using (var started = new CancellationTokenSource(TimeSpan.FromSeconds(120)))
        {
            try
            {
                await instances.StartAsync(started.Token);
            }
            catch (OperationCanceledException) when (started.IsCancellationRequested)
            {
                Console.Error.WriteLine("the instances did not become healthy within 120 s:\n" + instances.Output);
                throw;
            }
        }
        var web = instances.Names.Select(n => instances[n].ProcessId!.Value).ToArray();
        var proxy = instances.Proxy.ProcessId!.Value;
        var twoInstances = new AlternatingRounds(cluster, database.ConnectionString, clients, seconds, rounds, () => web.Sum(CpuMeter.Of),
            () => CpuMeter.Of(proxy));
        await twoInstances.RunAsync(Load(instances.BaseAddress.ToString().TrimEnd('/'), 1), warmupSeconds, () => { }, ct);
        acknowledged += twoInstances.Acknowledged;
        proxied = twoInstances.Report("through HAProxy (round robin, no stickiness) over two instances of the app, each its own process", "two web processes together");
    }

    long stored, distinct;
    await using (var db = AllianceDbContext.Open(database.ConnectionString))
    {
        var submitted = db.Responses.Where(r => r.Source == "web");
        stored = await submitted.LongCountAsync(ct);
        distinct = await submitted.Select(r => r.InvitationId).Distinct().LongCountAsync(ct);
    }

    // Each load run (warm-ups, rounds) stops with up to `clients` requests in flight: the server may still store
    // those, unacknowledged. Never twice, never lost.
    var exactlyOnce = stored == distinct && stored >= acknowledged && stored - acknowledged <= runs * (rounds + 1) * clients;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        survey submissions (POST, {clients} clients, fsync on, load from {load}) against pgbench inserting an equivalent row
        ({clients} clients), alternating, {rounds} rounds of {seconds} s each
        """));
    Console.WriteLine(direct.Report("directly to the app (Kestrel in this process)", load == "dotnet" ? "web process (with the load generator)" : "web process",
        string.Create(CultureInfo.InvariantCulture, $"  queue                {lookups} lookups of {lookupSize:F1} submissions on average ({lookup:F2} ms), {stores} statements storing {storeSize:F1} ({store:F2} ms); mean wait {queueWait:F2} ms\n")));
    if (proxied is not null)
    {
        Console.WriteLine(proxied);
    }
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
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
