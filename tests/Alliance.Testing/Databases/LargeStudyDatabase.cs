using Alliance.Data;
using Alliance.Data.Demo;
using Xunit;

namespace Alliance.Testing.Databases;

/// <summary>
/// Class or collection fixture: a fresh, migrated database holding one large study seeded by
/// <see cref="LargeStudySeed"/> (<see cref="Dyads"/> dyads, 20 sessions each, the bench's shape at a fifth of the size),
/// dropped afterwards. Tests read it and must not change it, so several classes can share one seed.
/// </summary>
public sealed class LargeStudyDatabase : IAsyncLifetime
{
    /// <summary>Dyads in the seeded study: enough for several pages of every list and several report figures.</summary>
    public const int Dyads = 2_000;

    private ScratchDatabase? _database;
    private LargeStudyResult? _study;

    public string ConnectionString => _database?.ConnectionString ?? throw new InvalidOperationException("not initialised");

    /// <summary>The seeded study: id, owner's login and API token, counts, the links open now.</summary>
    public LargeStudyResult Study => _study ?? throw new InvalidOperationException("not initialised");

    public AllianceDbContext Open() => AllianceDbContext.Open(ConnectionString);

    public async Task InitializeAsync()
    {
        _database = await TestServer.CreateDatabaseAsync("large_study", CancellationToken.None).ConfigureAwait(false);
        await AllianceDbContext.MigrateAsync(_database.ConnectionString, CancellationToken.None).ConfigureAwait(false);
        _study = await LargeStudySeed.SeedAsync(_database.ConnectionString, new LargeStudyShape(Dyads), LargeStudySeed.DefaultSeed,
            "http://127.0.0.1:5000", CancellationToken.None).ConfigureAwait(false);
    }

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }
}
