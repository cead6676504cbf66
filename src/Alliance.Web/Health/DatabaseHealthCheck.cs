using Alliance.Data.Schema;
using Alliance.Web.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace Alliance.Web.Health;

/// <summary>
/// Healthy when <see cref="SchemaProbe"/> finds the database usable (it answers and was migrated) within
/// <see cref="Timeout"/>; unhealthy with the reason otherwise.
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
            await SchemaProbe.EnsureUsableAsync(database.ConnectionString, timeout.Token);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy(ex.Message, ex);
        }
    }
}
