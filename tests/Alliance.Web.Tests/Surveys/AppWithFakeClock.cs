using Alliance.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.Web.Tests.Surveys;

/// <summary>An app whose clock the test sets: it starts at 2 March 2026, 09:30 UTC and moves only when told.</summary>
public sealed class AppWithFakeClock : RunningApp
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    protected override void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<TimeProvider>(Clock);
    }
}
