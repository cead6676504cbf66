// Survey submission benchmark (issue: participant survey). Measures POST /api/v1/surveys/{token}/responses
// submissions/s and latency at N concurrent clients against the real app on Kestrel and a private PostgreSQL
// cluster (fsync on), then pgbench inserting an equivalent row into the same cluster with the same clients, and
// prints the ratio. Afterwards it counts the stored responses: every acknowledged submission must be there once.
//   dotnet run -c Release --project bench/SurveyBench -- [--seconds 15] [--clients 32] [--invitations 40000]
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
var invitations = Option("--invitations", 40_000);
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
        Console.Error.WriteLine($"seeding {invitations} invitations…");
        tokens = await BenchInvitations.CreateAsync(db, invitations, ct);
        // A live database has planner statistics (autovacuum); a freshly bulk-seeded one does not yet.
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
    }

    var app = await AllianceWebHost.BuildAsync(
        ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--ConnectionStrings:Alliance", database.ConnectionString,
         "--Demo:SeedWhenEmpty", "false", "--Logging:LogLevel:Default", "Warning"], ct: ct);
    await app.StartAsync(ct);
    var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = new Uri(address) };

    var warmup = new LoadRun(http, tokens);
    await warmup.RunAsync(clients, TimeSpan.FromSeconds(3), 0, ct);
    var run = new LoadRun(http, tokens);
    Console.Error.WriteLine($"measuring {seconds} s at {clients} clients…");
    await run.RunAsync(clients, TimeSpan.FromSeconds(seconds), warmup.Used, ct);
    await app.StopAsync(ct);
    await app.DisposeAsync();

    long stored, distinct;
    await using (var db = AllianceDbContext.Open(database.ConnectionString))
    {
        stored = await db.Responses.LongCountAsync(ct);
        distinct = await db.Responses.Select(r => r.InvitationId).Distinct().LongCountAsync(ct);
    }
    var acknowledged = warmup.Acknowledged + run.Acknowledged;

    Console.Error.WriteLine($"pgbench {seconds} s at {clients} clients…");
    var (tps, pgLatency) = await PgBench.RunAsync(cluster.Binaries.Directory, database.ConnectionString, clients, TimeSpan.FromSeconds(seconds), ct);

    var rate = run.Acknowledged / run.Seconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
        survey submissions (POST, {clients} clients, {run.Seconds:F1} s, fsync on)
          submissions/s        {rate,10:F0}
          latency p50 / p99    {run.Percentile(0.50),10:F2} / {run.Percentile(0.99):F2} ms
          non-201 answers      {run.Failed,10}
        pgbench, equivalent row insert ({clients} clients)
          transactions/s       {tps,10:F0}
          latency average      {pgLatency,10:F2} ms
        ratio submissions/s ÷ pgbench tps: {rate / tps:F3}
        exactly once: acknowledged {acknowledged}, stored {stored}, distinct invitations {distinct} → {(acknowledged == stored && stored == distinct ? "OK" : "MISMATCH")}
        """));
    return acknowledged == stored && stored == distinct ? 0 : 1;
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
