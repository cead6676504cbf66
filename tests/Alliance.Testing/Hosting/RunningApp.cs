using Alliance.Data;
using Alliance.Testing.Databases;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Alliance.Testing.Hosting;

/// <summary>
/// The real web pipeline on Kestrel on a free loopback port, over its own fresh database in the test run's
/// PostgreSQL (ALLIANCE_TEST_PG, or a cluster the tests start): one per test class.
/// </summary>
public class RunningApp : IAsyncLifetime
{
    private readonly RunningApp? _first;
    private readonly string? _given;
    private WebApplication? _app;
    private ScratchDatabase? _database;

    public RunningApp()
    {
    }

    /// <summary>A second instance of the site: it runs on the database of <paramref name="first"/>, started first, which keeps it.</summary>
    protected RunningApp(RunningApp first) => _first = first;

    private RunningApp(string connectionString) => _given = connectionString;

    /// <summary>
    /// The site on a database someone else made and keeps (e.g. a large seeded study shared by a test class). A factory,
    /// not a constructor: xunit needs a class fixture to have a single public constructor.
    /// </summary>
    public static RunningApp On(string connectionString) => new(connectionString);

    public HttpClient Client { get; private set; } = new();

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public string ConnectionString => _given ?? _database?.ConnectionString ?? _first?.ConnectionString
        ?? throw new InvalidOperationException("not started");

    /// <summary>Extra command-line settings for the app under test (e.g. a lower guessing limit).</summary>
    protected virtual IEnumerable<string> Settings => [];

    /// <summary>Changes to the app under test's services before it is built (e.g. a clock the test moves on).</summary>
    protected virtual void Configure(WebApplicationBuilder builder)
    {
    }

    /// <summary>The app's services (e.g. its endpoints, for tests that cover every route).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("not started");

    public AllianceDbContext OpenDb() => AllianceDbContext.Open(ConnectionString);

    public async Task InitializeAsync()
    {
        var connectionString = _given ?? _first?.ConnectionString
            ?? (_database = await TestServer.CreateDatabaseAsync("web_tests", CancellationToken.None)).ConnectionString;
        _app = await AllianceWebHost.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--contentRoot", WebProjectDirectory(),
             "--ConnectionStrings:Alliance", connectionString, "--Demo:SeedWhenEmpty", "false", .. Settings], Configure);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        BaseAddress = new Uri(address + "/");
        Client = new HttpClient { BaseAddress = BaseAddress };
    }

    /// <summary>src/Alliance.Web of this checkout, so the app under test serves its wwwroot as in development.</summary>
    public static string WebProjectDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Alliance.Web");
            if (File.Exists(Path.Combine(candidate, "Alliance.Web.csproj")))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("src/Alliance.Web not found above " + AppContext.BaseDirectory);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
