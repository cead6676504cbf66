using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Web.Tests.Instances;

namespace Alliance.Web.Tests.Drills;

/// <summary>
/// The real web pipeline on Kestrel (a <see cref="WebInstance"/>) over a fresh database in <see cref="OwnCluster"/>,
/// the cluster the drills may stop and crash-restart.
/// </summary>
public sealed class OwnClusterApp(OwnCluster cluster) : IAsyncLifetime
{
    private WebInstance? _app;
    private ScratchDatabase? _database;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("not started");

    public AllianceDbContext OpenDb() => AllianceDbContext.Open(ConnectionString);

    public async Task InitializeAsync()
    {
        _database = await ScratchDatabase.CreateAsync(cluster.AdminConnectionString, "outage", CancellationToken.None);
        _app = await WebInstance.StartAsync(_database.ConnectionString, []);
        BaseAddress = _app.BaseAddress;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
