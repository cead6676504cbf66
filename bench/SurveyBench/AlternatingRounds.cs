using System.Globalization;
using Alliance.Data.Embedded;

namespace SurveyBench;

/// <summary>
/// One target's measurement: a warm-up, then rounds of submissions each followed by pgbench with the same clients for
/// as long, so a change in the machine's other load falls on both sides of a round's ratio; and the CPU each side used.
/// The bench measures the app served directly and, with <c>--haproxy</c>, through HAProxy over two instances;
/// <c>serverCpu</c> reads the CPU seconds used so far by the app's process(es), <c>proxyCpu</c> (if any) the proxy's.
/// </summary>
internal sealed class AlternatingRounds(PostgresCluster cluster, string connectionString, int clients, int seconds, int rounds,
    Func<double> serverCpu, Func<double>? proxyCpu = null)
{
    private readonly List<(Measured Run, double Tps, double PgLatency)> _results = [];
    private double _serverCpu, _proxyCpu, _postgresCpu, _pgbenchCpu, _pgbenchTransactions;

    /// <summary>Acknowledged submissions, the warm-up's included (for the exactly-once count).</summary>
    public int Acknowledged { get; private set; }

    /// <summary>
    /// <paramref name="load"/> runs share k of the links (0 = the warm-up, 1… = the rounds) for the given seconds;
    /// <paramref name="measuring"/> is called between the warm-up and the first round.
    /// </summary>
    public async Task RunAsync(Func<int, int, Task<Measured>> load, int warmupSeconds, Action measuring, CancellationToken ct)
    {
        var postmaster = int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory!, "postmaster.pid")).First(), CultureInfo.InvariantCulture);
        Acknowledged = (await load(0, warmupSeconds)).Acknowledged;
        measuring();
        for (var round = 1; round <= rounds; round++)
        {
            var (server, proxy, postgres) = (serverCpu(), proxyCpu?.Invoke() ?? 0, CpuMeter.Seconds(postmaster).Postgres);
            var run = await load(round, seconds);
            var (serverAfter, proxyAfter, postgresAfter) = (serverCpu(), proxyCpu?.Invoke() ?? 0, CpuMeter.Seconds(postmaster).Postgres);
            var (tps, pgLatency) = await PgBench.RunAsync(cluster.Binaries.Directory, connectionString, clients, TimeSpan.FromSeconds(seconds), ct);
            var pgAfter = CpuMeter.Seconds(postmaster).Postgres;
            Acknowledged += run.Acknowledged;
            _serverCpu += serverAfter - server;
            _proxyCpu += proxyAfter - proxy;
            _postgresCpu += postgresAfter - postgres;
            _pgbenchCpu += pgAfter - postgresAfter;
            _pgbenchTransactions += tps * seconds;
            _results.Add((run, tps, pgLatency));
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"round {round}: {run.Acknowledged / run.Seconds:F0} submissions/s, pgbench {tps:F0} tps, ratio {run.Acknowledged / run.Seconds / tps:F3}"));
        }
    }

    /// <summary>The rounds' table, the CPU line (the server named <paramref name="server"/>), any <paramref name="extra"/> lines, and the ratios.</summary>
    public string Report(string title, string server, string extra = "")
    {
        var measured = Math.Max(1, _results.Sum(r => r.Run.Acknowledged));
        var ratios = _results.Select(r => r.Run.Acknowledged / r.Run.Seconds / r.Tps).Order().ToArray();
        var table = string.Join("\n", _results.Select((r, i) => string.Create(CultureInfo.InvariantCulture,
            $"  {i + 1,5} {r.Run.Acknowledged / r.Run.Seconds,14:F0} {r.Run.P50Ms,8:F2} {r.Run.P99Ms,8:F2} {r.Run.Failed,8} {r.Tps,12:F0} {r.PgLatency,8:F2} {r.Run.Acknowledged / r.Run.Seconds / r.Tps,7:F3}")));
        return string.Create(CultureInfo.InvariantCulture, $"""
            {title}
              round  submissions/s   p50 ms   p99 ms  non-201  pgbench tps   avg ms   ratio
            {table}
              CPU per submission   {_serverCpu * 1000 / measured:F3} ms {server}, {(proxyCpu is null ? "" : (_proxyCpu * 1000 / measured).ToString("F3", CultureInfo.InvariantCulture) + " ms HAProxy, ")}{_postgresCpu * 1000 / measured:F3} ms PostgreSQL; per pgbench transaction {_pgbenchCpu * 1000 / Math.Max(1, _pgbenchTransactions):F3} ms PostgreSQL
            {extra}ratio submissions/s ÷ pgbench tps: median {(ratios[(ratios.Length - 1) / 2] + ratios[ratios.Length / 2]) / 2:F3} (lowest {ratios[0]:F3}, highest {ratios[^1]:F3}); worst p99 {_results.Max(r => r.Run.P99Ms):F2} ms
            """);
    }
}
