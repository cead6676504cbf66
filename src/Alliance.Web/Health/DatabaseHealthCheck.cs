using Alliance.Web.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Alliance.Web.Health;

/// <summary>
/// Healthy when the database accepts a connection and answers a query on the migrated schema within
/// <see cref="Timeout"/>; unhealthy with the reason otherwise. The query reads the migrations table, so a server that
/// is up but was never migrated is not reported usable.
/// </summary>
internal sealed class DatabaseHealthCheck(DatabaseEndpoint database) : IHealthCheck
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand("""SELECT 1 FROM "__EFMigrationsHistory" LIMIT 1""", connection);
            await command.ExecuteScalarAsync(timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(ex.Message, ex);
        }
    }
}
