using Alliance.Data.Embedded;
using Npgsql;

namespace Alliance.Data.Tests.Embedded;

public sealed class PostgresClusterTests : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"alliance-launcher-{Guid.NewGuid():N}");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (!Directory.Exists(_root))
        {
            return;
        }
        await new PostgresCluster(_root).StopAsync(CancellationToken.None);
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task StartsJoinsAndStopsOneClusterSharedByTwoLaunchers()
    {
        var first = new PostgresCluster(_root, durable: false);
        var port = await first.StartAsync(CancellationToken.None);
        Assert.True(await first.IsRunningAsync(CancellationToken.None));

        // A second process (web or CLI) joins the running server instead of starting another.
        var second = new PostgresCluster(_root, durable: false);
        Assert.True(await second.IsRunningAsync(CancellationToken.None));
        Assert.Equal(port, await second.StartAsync(CancellationToken.None));
        await using (var connection = new NpgsqlConnection(second.ConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_setting('server_encoding')", connection);
            Assert.Equal("UTF8", await command.ExecuteScalarAsync());
        }

        await second.StopAsync(CancellationToken.None);
        Assert.False(await first.IsRunningAsync(CancellationToken.None));

        // Restarting reuses the cluster made on first use (no second initdb) and the same password.
        await first.StartAsync(CancellationToken.None);
        await using var again = new NpgsqlConnection(first.ConnectionString());
        await again.OpenAsync();
        Assert.Equal(System.Data.ConnectionState.Open, again.State);
    }

    [Fact]
    public async Task ConcurrentStartsProduceOneServer()
    {
        var ports = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => new PostgresCluster(_root, durable: false).StartAsync(CancellationToken.None)));
        Assert.Single(ports.Distinct());
    }

    [Fact]
    public void MissingBinariesNameTheDebianPackage()
    {
        var empty = Directory.CreateTempSubdirectory("alliance-nopg").FullName;
        var ex = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.Locate(null, empty, empty));
        Assert.Contains("apt-get install postgresql", ex.Message, StringComparison.Ordinal);
        Directory.Delete(empty);
    }

    [Fact]
    public void ConfiguredBinDirectoryWithoutServerIsRejected()
    {
        var empty = Directory.CreateTempSubdirectory("alliance-nopg").FullName;
        var ex = Assert.Throws<PostgresNotInstalledException>(() => PostgresBinaries.Locate(empty, "/usr/lib/postgresql", ""));
        Assert.Contains(PostgresBinaries.BinDirectoryVariable, ex.Message, StringComparison.Ordinal);
        Directory.Delete(empty);
    }

    [Fact]
    public void HighestInstalledVersionIsChosen()
    {
        var root = Directory.CreateTempSubdirectory("alliance-pgversions").FullName;
        foreach (var version in new[] { "9", "15", "13" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        }
        Assert.Equal(Path.Combine(root, "15", "bin"), PostgresBinaries.Locate(null, root, "").Directory);
        Directory.Delete(root, recursive: true);
    }
}
