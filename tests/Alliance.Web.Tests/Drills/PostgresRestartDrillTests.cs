using System.Diagnostics;
using Alliance.Testing.Databases;
using Xunit.Abstractions;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// Fault drill: PostgreSQL (the drills' own cluster) is restarted with <c>pg_ctl restart -m immediate</c> in the middle
/// of a submission load: every backend killed, the store statement in flight lost or committed, every pooled
/// connection dead. The web app stays up; clients retry with their keys on a 5xx.
/// </summary>
[Collection(OwnClusterDrills.Name)]
public sealed class PostgresRestartDrillTests(OwnCluster cluster, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Submissions = 400;
    private readonly OwnClusterApp _app = new(cluster);

    public Task InitializeAsync() => _app.InitializeAsync();

    public Task DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task EveryAcknowledgedAnswerIsStoredOnceAfterAnImmediatePostgresRestartMidLoad()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = bound.Token;
        var (studyId, links) = await DrillLinks.CreateAsync(_app.ConnectionString, Submissions);
        using var http = new HttpClient { BaseAddress = _app.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        var load = new DrillLoad(http, links, clients: 4);
        var running = load.RunAsync(ct);
        await load.AcknowledgedAsync(Submissions / 3, running, ct);

        var ackedAtRestart = load.Acknowledged;
        var restarted = Stopwatch.GetTimestamp();
        await cluster.CrashRestartAsync(ct);
        var accepting = Stopwatch.GetElapsedTime(restarted);
        var healthy = await DrillCheck.HealthyAsync(http, restarted, ct);
        await running;

        output.WriteLine($"pg_ctl restart -m immediate after {ackedAtRestart} of {Submissions} acknowledged; accepting " +
            $"connections after {accepting.TotalSeconds:F1} s, /healthz 200 after {healthy.TotalSeconds:F1} s; retried attempts: " +
            $"{WebProcessKillDrillTests.Describe(load.Retried)}; acknowledged {load.Acks.Count}, {Submissions} expected");
        Assert.True(ackedAtRestart < Submissions, "the restart came before the load ended");
        await DrillCheck.StoredExactlyOnceAsync(_app.ConnectionString, studyId, links, load);
    }
}
