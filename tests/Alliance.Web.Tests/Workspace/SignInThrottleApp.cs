using Alliance.Testing.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Alliance.Web.Tests.Workspace;

/// <summary>
/// An app whose clock the test moves on (from now, so cookies stay valid), with a per-client limit of 12 wrong
/// passwords so it is reached within one test, above the 10 one test spends on two addresses.
/// </summary>
public sealed class SignInThrottleApp : RunningApp
{
    public const int AddressFailureLimit = 12;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    protected override IEnumerable<string> Settings => ["--SignIn:AddressFailureLimit", AddressFailureLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)];

    protected override void Configure(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<TimeProvider>(Clock);
    }
}
