using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Testing.Hosting;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// The real web pipeline on Kestrel (as <see cref="RunningApp"/>) over a fresh database in <see cref="OwnCluster"/>, the
/// cluster the drills may stop and crash-restart.
/// </summary>
public sealed class OwnClusterApp(OwnCluster cluster) : IAsyncLifetime
{
    private WebApplication? _app;
    private ScratchDatabase? _database;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("not started");

    public AllianceDbContext OpenDb() => AllianceDbContext.Open(ConnectionString);

    public async Task InitializeAsync()
    {
        _database = await ScratchDatabase.CreateAsync(cluster.AdminConnectionString, "outage", CancellationToken.None);
        _app = await AllianceWebHost.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--contentRoot", RunningApp.WebProjectDirectory(),
             "--ConnectionStrings:Alliance", _database.ConnectionString, "--Demo:SeedWhenEmpty", "false"]);
        await _app.StartAsync();
        BaseAddress = new Uri(_app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single() + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
