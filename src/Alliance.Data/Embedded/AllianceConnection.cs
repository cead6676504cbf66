using Npgsql;

namespace Alliance.Data.Embedded;

/// <summary>
/// Resolves the connection string of the Alliance database: <c>ConnectionStrings__Alliance</c> when configured,
/// otherwise the embedded cluster under <see cref="AllianceDataDirectory"/>, started (or joined) on demand with its
/// database <c>alliance</c> created if missing. Migrations are not applied here (<c>AllianceDbContext.MigrateAsync</c> does that).
/// </summary>
public static class AllianceConnection
{
    /// <summary>The environment variable ASP.NET Core maps to <c>ConnectionStrings:Alliance</c>.</summary>
    public const string Variable = "ConnectionStrings__Alliance";

    /// <summary>The environment variable ASP.NET Core maps to <c>ConnectionStrings:AllianceReadOnly</c> (optional replica).</summary>
    public const string ReadOnlyVariable = "ConnectionStrings__AllianceReadOnly";

    /// <summary>Database name inside the embedded cluster.</summary>
    public const string EmbeddedDatabase = "alliance";

    /// <summary>Resolves from the environment.</summary>
    public static Task<string> ResolveAsync(CancellationToken ct) =>
        ResolveAsync(Environment.GetEnvironmentVariable(Variable), ct);

    /// <summary>Returns <paramref name="configured"/> when set (e.g. from IConfiguration), else the embedded default.</summary>
    public static async Task<string> ResolveAsync(string? configured, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var cluster = AllianceDataDirectory.Cluster();
        await cluster.StartAsync(ct).ConfigureAwait(false);
        await EnsureDatabaseAsync(cluster.ConnectionString(), EmbeddedDatabase, ct).ConfigureAwait(false);
        return cluster.ConnectionString(EmbeddedDatabase);
    }

    /// <summary>Resolves the primary and the optional read replica from the environment.</summary>
    public static Task<AllianceDatabase> ResolveDatabaseAsync(CancellationToken ct) =>
        ResolveDatabaseAsync(Environment.GetEnvironmentVariable(Variable), Environment.GetEnvironmentVariable(ReadOnlyVariable), ct);

    /// <summary>
    /// The primary as <see cref="ResolveAsync(string?, CancellationToken)"/> resolves it, with
    /// <paramref name="configuredReadOnly"/> as the replica for heavy reads when set (blank means none).
    /// </summary>
    public static async Task<AllianceDatabase> ResolveDatabaseAsync(string? configured, string? configuredReadOnly, CancellationToken ct)
    {
        var primary = await ResolveAsync(configured, ct).ConfigureAwait(false);
        return new AllianceDatabase(primary, string.IsNullOrWhiteSpace(configuredReadOnly) ? null : configuredReadOnly);
    }

    /// <summary>Creates <paramref name="database"/> unless it exists; safe when two processes race.</summary>
    public static async Task EnsureDatabaseAsync(string adminConnectionString, string database, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(adminConnectionString);
        await connection.OpenAsync(ct).ConfigureAwait(false);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        if (await exists.ExecuteScalarAsync(ct).ConfigureAwait(false) is not null)
        {
            return;
        }
        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(database)}", connection);
            await create.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another process created it between the check and the CREATE: that is the outcome we wanted.
        }
    }

    internal static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
