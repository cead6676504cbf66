using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Alliance.Web.Tests.Instances;

/// <summary>
/// Appended after the app's whole pipeline: answers <see cref="Path"/> with the client address and scheme the app
/// ended up believing, "address scheme".
/// </summary>
internal sealed class RequestEcho : IStartupFilter
{
    public const string Path = "/test/echo";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Run(context => context.Request.Path == Path
            ? context.Response.WriteAsync($"{context.Connection.RemoteIpAddress} {context.Request.Scheme}")
            : Task.CompletedTask);
    };
}
