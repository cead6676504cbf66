using Alliance.Testing.Databases;

namespace Alliance.Data.Tests;

/// <summary>Class fixture: a fresh, migrated database in the run's server, dropped after the class.</summary>
public sealed class MigratedDatabase : IAsyncLifetime
{
    private ScratchDatabase? _database;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("not initialised");

    public AllianceDbContext Open() => AllianceDbContext.Open(ConnectionString);

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("data_tests", CancellationToken.None);
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
