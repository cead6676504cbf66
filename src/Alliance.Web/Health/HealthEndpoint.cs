using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alliance.Web.Health;

/// <summary>
/// <c>GET /healthz</c> through ASP.NET Core's health checks: 200 when the app and its database are usable, 503
/// otherwise (docs/survey.md, "Health"), with a small JSON body <c>{"status", "database"}</c> for operators.
/// </summary>
internal static class HealthEndpoint
{
    public const string DatabaseCheck = "database";

    public static IServiceCollection AddAllianceHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseCheck);
        return services;
    }

    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status200OK,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
            ResponseWriter = WriteAsync,
        });
        return routes;
    }

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        var database = report.Entries.TryGetValue(DatabaseCheck, out var entry) ? entry : default;
        var usable = report.Status != HealthStatus.Unhealthy;
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = usable ? "ok" : "unavailable",
            database = database.Status == HealthStatus.Healthy ? "ok" : database.Description ?? "unavailable",
        }, cancellationToken: http.RequestAborted);
    }
}
