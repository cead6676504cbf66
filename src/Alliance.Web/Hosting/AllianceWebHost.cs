namespace Alliance.Web.Hosting;

/// <summary>
/// Builds the web application. <c>Program</c> and the integration tests share this, so tests run the very
/// pipeline users get (real Kestrel on a loopback port, real PostgreSQL).
/// </summary>
public static class AllianceWebHost
{
    /// <summary>Largest request body accepted anywhere; a survey answer set is a few kilobytes.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapGet("/", () => Results.Text("Alliance: the web platform is not yet available in this build.\n"));
        return app;
    }
}
