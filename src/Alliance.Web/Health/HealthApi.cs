using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Alliance.Web.Health;

/// <summary><c>GET /healthz</c>: 200 when the app and its database answer, 503 otherwise.</summary>
internal static class HealthApi
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", async Task<Results<Ok<Health>, JsonHttpResult<Health>>> (DatabaseEndpoint database, CancellationToken ct) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Timeout);
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(timeout.Token);
                await using var command = new NpgsqlCommand("""SELECT 1 FROM "__EFMigrationsHistory" LIMIT 1""", connection);
                await command.ExecuteScalarAsync(timeout.Token);
                return TypedResults.Ok(new Health("ok", "ok"));
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException)
            {
                return TypedResults.Json(new Health("unavailable", ex.Message), statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return routes;
    }

    internal sealed record Health(string Status, string Database);
}
