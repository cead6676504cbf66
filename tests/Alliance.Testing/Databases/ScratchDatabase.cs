using Npgsql;

namespace Alliance.Testing.Databases;

/// <summary>
/// A throwaway database with a unique name, created in a server for one test class (or one benchmark run) and
/// dropped on dispose, so tests never see each other's rows.
/// </summary>
public sealed class ScratchDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private ScratchDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The database name (<c>prefix_</c> plus random hex).</summary>
    public string Name { get; }

    /// <summary>Connection string to the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>Creates an empty database in the server that <paramref name="adminConnectionString"/> reaches.</summary>
    public static async Task<ScratchDatabase> CreateAsync(string adminConnectionString, string prefix, CancellationToken ct)
    {
        var clean = new string(prefix.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '_').ToArray());
        var name = $"{(clean.Length > 30 ? clean[..30] : clean)}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var create = new NpgsqlCommand($"CREATE DATABASE {Quote(name)}", connection);
        await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        return new ScratchDatabase(adminConnectionString, name);
    }

    /// <summary>Drops the database, closing any connection still open to it.</summary>
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Quote(Name)} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>Npgsql's identifier quoting (Alliance.Data's own helper is internal to it).</summary>
    private static string Quote(string name)
    {
        using var builder = new NpgsqlCommandBuilder();
        return builder.QuoteIdentifier(name);
    }
}
