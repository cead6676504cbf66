using System.Diagnostics;
using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Testing.Hosting;
using Xunit.Abstractions;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// Fault drill: the web process is killed with SIGKILL in the middle of a submission load and started again; the
/// clients retry with their keys as real ones would. Submissions queued or in flight at the kill were never
/// acknowledged; those that committed just before it are answered, on retry, with the stored result.
/// </summary>
public sealed class WebProcessKillDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Submissions = 400;
    private ScratchDatabase? _database;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("kill_drill", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task EveryAcknowledgedAnswerIsStoredOnceAfterTheWebProcessIsKilledMidLoad()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var ct = bound.Token;
        var (studyId, links) = await DrillLinks.CreateAsync(_database!.ConnectionString, Submissions);
        using var web = new WebProcess(_database.ConnectionString);
        using var http = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
        try
        {
            web.Start();
            await DrillCheck.HealthyAsync(http, Stopwatch.GetTimestamp(), ct);
            var load = new DrillLoad(http, links, clients: 4);
            var running = load.RunAsync(ct);
            await load.AcknowledgedAsync(Submissions / 3, running, ct);

            var ackedAtKill = load.Acknowledged;
            web.Kill();
            var killed = Stopwatch.GetTimestamp();
            web.Start();
            var healthy = await DrillCheck.HealthyAsync(http, killed, ct);
            await running;

            output.WriteLine($"kill -9 of the web process after {ackedAtKill} of {Submissions} acknowledged; healthy again " +
                $"{healthy.TotalSeconds:F1} s after the kill; retried attempts: {Describe(load.Retried)}; acknowledged " +
                $"{load.Acks.Count}, stored {Submissions} expected");
            Assert.True(ackedAtKill < Submissions, "the kill came before the load ended");
            await DrillCheck.StoredExactlyOnceAsync(_database.ConnectionString, studyId, links, load);
        }
        catch (Exception) when (Note(web))
        {
            throw;
        }
    }

    private bool Note(WebProcess web)
    {
        output.WriteLine("web app output:\n" + web.Output);
        return false;
    }

    internal static string Describe(IReadOnlyDictionary<string, int> retried) =>
        retried.Count == 0 ? "none" : string.Join(", ", retried.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Value} × {r.Key}"));
}
