using System.Net;
using System.Text.Json;
using Alliance.Testing.Hosting;

namespace Alliance.Web.Tests.Hosting;

/// <summary>An app whose database is reachable but was never migrated: up, yet not usable.</summary>
public sealed class AppWithUnmigratedDatabase : RunningApp
{
    protected override IEnumerable<string> Settings => ["--Database:MigrateOnStartup", "false"];
}

public class HealthTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task HealthzIs200AndSaysOkWhileTheDatabaseAnswers()
    {
        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("ok", body.RootElement.GetProperty("database").GetString());
    }
}

public class UnusableDatabaseHealthTests(AppWithUnmigratedDatabase app) : IClassFixture<AppWithUnmigratedDatabase>
{
    [Fact]
    public async Task HealthzIs503WhenTheDatabaseHasNoSchema()
    {
        using var response = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unavailable", body.RootElement.GetProperty("status").GetString());
        // Only "unavailable": why (the schema, or a host and port that do not answer) is in the log, not in the answer.
        Assert.Equal("unavailable", body.RootElement.GetProperty("database").GetString());
        Assert.Equal(2, body.RootElement.EnumerateObject().Count());
    }
}
