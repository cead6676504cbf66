namespace Alliance.Web.Hosting;

/// <summary>
/// How many workspace requests run at once (<see cref="ResearcherPageLimit"/>), bound from <c>ResearcherPages</c>:
/// <c>ResearcherPages__ConcurrentRequests</c>, <c>ResearcherPages__QueueLength</c>.
/// </summary>
public sealed class ResearcherPageLimitOptions
{
    /// <summary>
    /// Workspace requests served at once; by default one per core. Measured with the 10,000-dyad bench on 2 cores
    /// (docs/bench.md): half the cores (one slot) kept participants at 10 ms open / 21 ms submit p95 while 8
    /// researchers loaded the dashboard, but left a core idle while those 8 queued (1.1 s p95, 7 dashboards/s); one per
    /// core served them in 0.8 s p95 (11/s) with participants at 24 ms / 39 ms p95, within their 50 ms target.
    /// </summary>
    public int ConcurrentRequests { get; set; } = Environment.ProcessorCount;

    /// <summary>Requests that wait their turn beyond those; more than this are refused with 503 and <c>Retry-After</c>.</summary>
    public int QueueLength { get; set; } = 200;
}
