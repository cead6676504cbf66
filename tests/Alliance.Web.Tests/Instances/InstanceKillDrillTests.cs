using System.Diagnostics;
using Alliance.Web.Tests.Drills;
using Xunit.Abstractions;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Fault drill behind the proxy: submissions from several clients spread over both instances, and one instance is
/// killed with SIGKILL mid-way. Until HAProxy takes it out of the rotation (two failed health checks), requests sent
/// to it, and those that were in flight on it, get a 502 or 503 from the proxy (which never retries one); their client
/// sends each again with the same Idempotency-Key, in time to the survivor, which either stores it or (when the killed
/// instance had committed it) answers with the stored result.
/// </summary>
public sealed class InstanceKillDrillTests(TwoInstances app, ITestOutputHelper output) : IClassFixture<TwoInstances>
{
    private const int Submissions = 300;
    private const int Clients = 4;

    [Fact]
    public async Task EveryAcknowledgedAnswerIsStoredOnceWhenOneOfTwoInstancesIsKilledMidLoad()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var ct = bound.Token;
        var (studyId, links) = await DrillLinks.CreateAsync(app.ConnectionString, Submissions);
        using var http = new HttpClient { BaseAddress = app.Instances.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        try
        {
            var load = new DrillLoad(http, links, Clients);
            var running = load.RunAsync(ct);
            await load.AcknowledgedAsync(Submissions / 3, running, ct);

            var ackedAtKill = load.Acknowledged;
            app.Instances["web1"].Kill();
            var killed = Stopwatch.GetTimestamp();
            var byAtKill = new Dictionary<string, int>(load.AcknowledgedBy);
            await running;
            var loadDone = Stopwatch.GetElapsedTime(killed);

            output.WriteLine($"kill -9 of web1 after {ackedAtKill} of {Submissions} acknowledged ({Describe(byAtKill)}); the load " +
                $"finished {loadDone.TotalSeconds:F1} s after the kill, acknowledged by {Describe(load.AcknowledgedBy)}; retried " +
                $"attempts: {WebProcessKillDrillTests.Describe(load.Retried)}");
            Assert.True(ackedAtKill < Submissions, "the kill came before the load ended");
            Assert.True(byAtKill.GetValueOrDefault("web1") > 0 && byAtKill.GetValueOrDefault("web2") > 0,
                $"both instances acknowledged submissions before the kill: {Describe(byAtKill)}");
            // Only answers already on their way back when web1 died can still be counted for it; the rest is web2's.
            Assert.InRange(load.AcknowledgedBy.GetValueOrDefault("web1") - byAtKill.GetValueOrDefault("web1"), 0, Clients);
            await DrillCheck.StoredExactlyOnceAsync(app.ConnectionString, studyId, links, load);
        }
        catch (Exception) when (Note())
        {
            throw;
        }
    }

    private bool Note()
    {
        output.WriteLine("instances and proxy output:\n" + app.Instances.Output);
        return false;
    }

    private static string Describe(IReadOnlyDictionary<string, int> counts) =>
        string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
}
