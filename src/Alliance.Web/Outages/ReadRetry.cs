using System.Security.Claims;
using Npgsql;

namespace Alliance.Web.Outages;

/// <summary>
/// Runs a GET or HEAD request once more when it failed for a <see cref="DatabaseOutage"/> before anything of its
/// answer was sent, on fresh connections (the pools cleared). After PostgreSQL restarts every pooled connection is
/// dead, and a researcher's page (EF Core only) would otherwise take one and answer 503 although the server is back.
/// Reads may run twice; the only write a read makes is its audit entry, which is then recorded twice (both views
/// were attempted). Form posts and submissions are not run again here: they have their own rules
/// (<see cref="ConnectionRetry"/>, the Idempotency-Key). A second failure goes on to
/// <see cref="OutageExceptionHandler"/> (503 with Retry-After).
/// </summary>
internal sealed class ReadRetry(RequestDelegate next, NpgsqlDataSource dataSource, IServiceScopeFactory scopes)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (DatabaseOutage.Is(ex) && !context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            DatabaseOutage.ClearPools(dataSource);
            // Routed again from the start, as the framework's exception handler does for its own re-execution, and in
            // a new service scope: the first run's scoped services remember their failure (the sign-in cookie's
            // check keeps its failed result for the request). The headers already set stay (an antiforgery cookie
            // issued by the first run is what its form will carry).
            var requestServices = context.RequestServices;
            await using var scope = scopes.CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
            context.SetEndpoint(null);
            context.Request.RouteValues.Clear();
            context.Response.StatusCode = StatusCodes.Status200OK;
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices = requestServices;
            }
        }
    }
}
