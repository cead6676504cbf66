using Alliance.Testing.Databases;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Instances on one database that differ in which proxies they believe: none (the default), this test's own address
/// (127.0.0.1, as a proxy on the same machine), another proxy's, and the first again with an HTTPS port to redirect to.
/// </summary>
public sealed class ProxyInstances : IAsyncLifetime
{
    private ScratchDatabase? _database;

    internal WebInstance Untrusting { get; private set; } = null!;

    internal WebInstance BehindLoopbackProxy { get; private set; } = null!;

    internal WebInstance BehindAnotherProxy { get; private set; } = null!;

    internal WebInstance RedirectingToHttps { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("proxies", CancellationToken.None);
        Untrusting = await StartAsync([]);
        BehindLoopbackProxy = await StartAsync(["--ForwardedHeaders:KnownProxies", "127.0.0.1"]);
        BehindAnotherProxy = await StartAsync(["--ForwardedHeaders:KnownNetworks:0", "10.1.0.0/16",
            "--ForwardedHeaders:KnownProxies:0", "192.0.2.10"]);
        RedirectingToHttps = await StartAsync(["--ForwardedHeaders:KnownProxies", "127.0.0.1", "--https_port", "8443"]);
    }

    private Task<WebInstance> StartAsync(string[] settings) => WebInstance.StartAsync(_database!.ConnectionString, settings,
        b => b.Services.AddSingleton<IStartupFilter, RequestEcho>());

    public async Task DisposeAsync()
    {
        foreach (var instance in new[] { Untrusting, BehindLoopbackProxy, BehindAnotherProxy, RedirectingToHttps })
        {
            if (instance is not null)
            {
                await instance.DisposeAsync();
            }
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
