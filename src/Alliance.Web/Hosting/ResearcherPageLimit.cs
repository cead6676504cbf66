using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Alliance.Web.Hosting;

/// <summary>
/// Participants first (#21 item 2): workspace requests (<c>/studies…</c>) go through one concurrency limiter, so however
/// many researchers open heavy pages at once, at most <see cref="ResearcherPageLimitOptions.ConcurrentRequests"/> of
/// them use the cores and the database; the rest wait in order (a queue, not a refusal, for a burst). Survey pages,
/// the survey API, health checks and sign-in are outside it. Export downloads are too: they stream for seconds and would
/// hold a slot all that time (exports read the replica when one is configured).
/// </summary>
internal static class ResearcherPageLimit
{
    public const string Partition = "researcher-pages";

    public static IServiceCollection AddResearcherPageLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection("ResearcherPages").Get<ResearcherPageLimitOptions>() ?? new ResearcherPageLimitOptions();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status503ServiceUnavailable;
            o.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "2";
                return ValueTask.CompletedTask;
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(c => IsWorkspacePage(c.Request)
                ? RateLimitPartition.GetConcurrencyLimiter(Partition, _ => new ConcurrencyLimiterOptions
                {
                    PermitLimit = limits.ConcurrentRequests,
                    QueueLimit = limits.QueueLength,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    /// <summary>A researcher page or form post under <c>/studies</c>, except an export download.</summary>
    public static bool IsWorkspacePage(HttpRequest request) =>
        request.Path.StartsWithSegments("/studies", StringComparison.Ordinal)
        && !request.Path.Value!.EndsWith("/exports", StringComparison.Ordinal);
}
