using System.Text.Json;
using Alliance.Data;
using Alliance.Data.Embedded;
using Alliance.Web.ApiReference;
using Alliance.Web.Health;
using Alliance.Web.KeyRing;
using Alliance.Web.Localisation;
using Alliance.Web.Mail;
using Alliance.Web.Outages;
using Alliance.Web.Surveys;
using Alliance.Web.Workspace;
using Alliance.Web.Workspace.Forms;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Alliance.Web.Hosting;

/// <summary>
/// Builds the web application. <c>Program</c> and the integration tests share this, so tests run the very
/// pipeline users get (real Kestrel on a loopback port, real PostgreSQL).
/// </summary>
public static class AllianceWebHost
{
    /// <summary>Largest request body accepted anywhere; a survey answer set is a few kilobytes.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>Where the platform listens when neither --urls nor ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5000";

    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? configure = null,
        CancellationToken ct = default)
    {
        // The application name decides where Razor Pages are discovered; pin it to this assembly so a test host
        // (whose entry assembly is the test runner) serves the same pages.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(AllianceWebHost).Assembly.GetName().Name,
        });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = MaxRequestBodyBytes;
            k.AddServerHeader = false;
        });
        configure?.Invoke(builder);

        // Unset: the embedded cluster under ALLIANCE_DATA_DIR, started (or joined) here (README, docs/data.md).
        var connectionString = WithPreparedStatements(
            await AllianceConnection.ResolveAsync(builder.Configuration.GetConnectionString("Alliance"), ct));
        builder.Services.AddDbContextPool<AllianceDbContext>(o => o.UseNpgsql(WithStatementPlanning(connectionString)));
        // Optional: exports read from this streaming replica; everything else, and every write, uses the primary.
        var readOnly = builder.Configuration.GetConnectionString("AllianceReadOnly");
        builder.Services.AddSingleton(new DatabaseEndpoint(connectionString, string.IsNullOrWhiteSpace(readOnly) ? null : readOnly));
        // Plain Npgsql for the participant submission queue, which stores whole batches in SQL.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(WithGenericPlans(connectionString)));
        // Unless the caller registered its own clock (a test that moves time on).
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails();
        // While the database is unreachable: 503 with Retry-After in each caller's shape instead of a bare 500.
        builder.Services.AddExceptionHandler<OutageExceptionHandler>();
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
        });
        // Razor encodes every non-ASCII character as an entity by default; German pages (and item text in any
        // language) are sent as UTF-8 text instead. HTML-significant characters are still encoded.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorPages().AddMvcOptions(o => { o.Filters.Add<PageHandlerFilter>(); o.Filters.Add<StudyPageFilter>(); });
        builder.Services.AddSurveys(builder.Configuration);
        builder.Services.AddWorkspace();
        builder.Services.AddWorkspaceForms();
        builder.Services.AddAllianceHealthChecks();
        builder.Services.AddPageLocalisation();
        builder.Services.AddSharedKeyRing(builder.Configuration);
        builder.Services.AddTrustedProxies(builder.Configuration);
        builder.Services.AddTransportSecurity();
        builder.Services.AddApiDocument();
        builder.Services.AddHtmlCompression();
        builder.Services.AddResearcherPageLimit(builder.Configuration);
        builder.Services.AddHostedService<LinkExpiryJob>();
        builder.Services.AddMail();

        var app = builder.Build();
        if (app.Configuration.GetValue("Database:MigrateOnStartup", true))
        {
            await AllianceDbContext.MigrateAsync(connectionString, ct);
        }
        await KeyRingStartup.RunAsync(app, ct);
        await DemoOnFirstRun.RunAsync(app, ct);
        app.UseTrustedProxies();
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseTransportSecurity();
        app.UseStatusCodePages();
        // Workspace pages answer 403/404 with a page in the workspace's language rather than a bare status line.
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/studies", StringComparison.Ordinal),
            b => b.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/s", StringComparison.Ordinal),
            b => b.UseStatusCodePagesWithReExecute("/s/status/{0}"));
        // A read that met a dead pooled connection (PostgreSQL just restarted) runs once more on a fresh one.
        app.UseMiddleware<ReadRetry>();
        app.UseHtmlCompression();
        app.UseStaticFiles(StaticFileCaching.Options);
        app.UsePageLocalisation();
        app.UseRouting();
        app.UseMiddleware<PageMethods>();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapHealth();
        app.MapSurveyApi();
        app.MapStudyApi();
        app.MapApiDocument();
        app.MapRazorPages();
        return app;
    }

    /// <summary>
    /// Makes PostgreSQL plan each prepared statement of the submission queue once, for any parameters. Its statements
    /// take arrays of keys and are written for index lookups whatever the arrays hold; by default PostgreSQL would
    /// re-plan them for their first executions and then keep re-planning any whose custom plan looks cheaper, which
    /// for the batch lookup and store cost more than running them (measured in bench/SurveyBench: forcing custom
    /// plans cut the submission rate to a third).
    /// </summary>
    private static string WithGenericPlans(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.IsNullOrWhiteSpace(builder.Options)
            ? "-c plan_cache_mode=force_generic_plan"
            : builder.Options + " -c plan_cache_mode=force_generic_plan";
        return builder.ConnectionString;
    }

    /// <summary>
    /// The pages' and the survey page's connections (EF Core's): each statement is planned for the values it runs
    /// with, and by one process. The workspace's statements read a study by its id, a page by offset, a filter that
    /// may be null (<c>@therapist IS NULL OR …</c>): after five runs of a prepared statement PostgreSQL may switch to a
    /// generic plan costed without the values, which for the reminders list of a 10,000-dyad study started from every
    /// dyad's sessions (0.8 s instead of 0.08 s). Parallel workers cost more than they save on a page's
    /// statements (worker start-up and tuple queues: the dashboard's scores for 50 dyads took 44 ms in parallel,
    /// 10 ms without) and let one researcher's page take every core participants need (docs/operations.md,
    /// "Participants first"). Prepared statements still skip parsing. A setting the configured connection string's
    /// <c>Options</c> already makes wins.
    /// </summary>
    private static string WithStatementPlanning(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var options = builder.Options ?? "";
        if (!options.Contains("plan_cache_mode", StringComparison.Ordinal))
        {
            options += " -c plan_cache_mode=force_custom_plan";
        }
        if (!options.Contains("max_parallel_workers_per_gather", StringComparison.Ordinal))
        {
            options += " -c max_parallel_workers_per_gather=0";
        }
        builder.Options = options.Trim();
        return builder.ConnectionString;
    }

    /// <summary>
    /// Lets Npgsql prepare the statements a pooled connection runs repeatedly. The participant lookup joins six
    /// tables: PostgreSQL plans it in far longer than it runs, so reusing the plan is most of a request's cost.
    /// An explicit setting in the configured connection string wins.
    /// </summary>
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!connectionString.Contains("Reset On Close", StringComparison.OrdinalIgnoreCase))
        {
            // The app never changes session state (no SET, no temporary tables, no LISTEN), so a pooled connection
            // need not be reset each time it is returned: a request returns its connection twice or more.
            builder.NoResetOnClose = true;
        }
        return builder.ConnectionString;
    }
}
