using Alliance.Testing.Hosting;
using Alliance.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// One instance of the real web pipeline on Kestrel on a free loopback port, over a database the test chose: two of
/// them on one database stand for two instances behind a proxy (what <see cref="RunningApp"/> is for one).
/// </summary>
internal sealed class WebInstance : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebInstance(WebApplication app, Uri baseAddress) => (_app, BaseAddress) = (app, baseAddress);

    public Uri BaseAddress { get; }

    public IServiceProvider Services => _app.Services;

    public Uri Url(string path) => new(BaseAddress, path);

    public static async Task<WebInstance> StartAsync(string connectionString, IEnumerable<string> settings,
        Action<WebApplicationBuilder>? configure = null)
    {
        var app = await AllianceWebHost.BuildAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production", "--contentRoot", RunningApp.WebProjectDirectory(),
             "--ConnectionStrings:Alliance", connectionString, "--Demo:SeedWhenEmpty", "false",
             "--Logging:LogLevel:Default", "Warning", .. settings], configure);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        return new WebInstance(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
