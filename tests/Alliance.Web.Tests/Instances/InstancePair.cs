using System.Security.Cryptography;
using Alliance.Data;
using Alliance.Testing.Databases;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Two web instances on one fresh database, each with its own Kestrel, service container and data-protection key
/// ring cache: all they share is the database (and, without a configured key-encryption key, the data directory).
/// </summary>
public abstract class InstancePair : IAsyncLifetime
{
    private ScratchDatabase? _database;
    private WebInstance? _a;
    private WebInstance? _b;

    internal WebInstance A => _a ?? throw new InvalidOperationException("not started");

    internal WebInstance B => _b ?? throw new InvalidOperationException("not started");

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("not started");

    /// <summary>Settings both instances get.</summary>
    protected abstract IEnumerable<string> Settings { get; }

    public AllianceDbContext OpenDb() => AllianceDbContext.Open(ConnectionString);

    /// <summary>A fresh key-encryption key as the setting takes it (base64 of 32 random bytes).</summary>
    public static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("instances", CancellationToken.None);
        _a = await WebInstance.StartAsync(ConnectionString, Settings);
        _b = await WebInstance.StartAsync(ConnectionString, Settings);
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in new[] { _b, _a })
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
