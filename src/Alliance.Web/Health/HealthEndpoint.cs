using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Alliance.Web.Health;

/// <summary>
/// <c>GET /healthz</c> through ASP.NET Core's health checks: 200 when the app and its database are usable, 503
/// otherwise (docs/survey.md, "Health"), with a small JSON body <c>{"status", "database"}</c> that says only ok or
/// unavailable: why the database is unusable (which may name its host and port) goes to the log, not to whoever asks.
/// </summary>
internal static partial class HealthEndpoint
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
        if (database.Status != HealthStatus.Healthy)
        {
            DatabaseUnusable(http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HealthEndpoint)),
                database.Description ?? "no description", database.Exception);
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(http.Response.Body, new
        {
            status = usable ? "ok" : "unavailable",
            database = database.Status == HealthStatus.Healthy ? "ok" : "unavailable",
        }, cancellationToken: http.RequestAborted);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "/healthz: the database is not usable: {Reason}")]
    private static partial void DatabaseUnusable(ILogger logger, string reason, Exception? exception);
}
