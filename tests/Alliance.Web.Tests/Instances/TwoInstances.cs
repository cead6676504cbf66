using System.Net;
using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Two instances of the built web app behind HAProxy (<see cref="InstancesBehindProxy"/>) over a fresh, migrated
/// database in the test run's PostgreSQL: one pair per test class.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private InstancesBehindProxy? _instances;

    public InstancesBehindProxy Instances => _instances ?? throw new InvalidOperationException("not started");

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("not started");

    public AllianceDbContext OpenDb() => AllianceDbContext.Open(ConnectionString);

    /// <summary>A browser through the proxy: its own cookie jar, redirects not followed.</summary>
    public HttpClient Browser() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = Instances.BaseAddress, Timeout = TimeSpan.FromSeconds(30),
        };

    /// <summary>Sends <paramref name="browser"/>'s next requests to the instance named <paramref name="name"/>.</summary>
    public static void Pin(HttpClient browser, string name)
    {
        browser.DefaultRequestHeaders.Remove(HaProxy.PinHeader);
        browser.DefaultRequestHeaders.Add(HaProxy.PinHeader, name);
    }

    public async Task InitializeAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        _database = await TestServer.CreateDatabaseAsync("instances", bound.Token);
        // Before the instances start, so they do not both migrate a fresh database at once.
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, bound.Token);
        _instances = new InstancesBehindProxy(_database.ConnectionString);
        try
        {
            await _instances.StartAsync(bound.Token);
            await WarmUpAsync(bound.Token);
        }
        catch (Exception e)
        {
            throw new InvalidOperationException("the two instances behind HAProxy did not start:\n" + _instances.Output, e);
        }
    }

    /// <summary>
    /// One page of each kind on each instance before the tests time their requests: the first render of a Razor page
    /// in a fresh process took more than 15 s on the loaded test machine.
    /// </summary>
    private async Task WarmUpAsync(CancellationToken ct)
    {
        using var browser = Browser();
        browser.Timeout = Timeout.InfiniteTimeSpan;
        foreach (var name in Instances.Names)
        {
            Pin(browser, name);
            foreach (var page in new[] { "/login", "/s/warm-up" })
            {
                using var response = await browser.GetAsync(new Uri(page, UriKind.Relative), ct);
            }
        }
    }

    public async Task DisposeAsync()
    {
        try
        {
            _instances?.Dispose();
        }
        finally
        {
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }
        }
    }
}
