namespace Alliance.Web.Hosting;

/// <summary>
/// How many workspace requests run at once (<see cref="ResearcherPageLimit"/>), bound from <c>ResearcherPages</c>:
/// <c>ResearcherPages__ConcurrentRequests</c>, <c>ResearcherPages__QueueLength</c>.
/// </summary>
public sealed class ResearcherPageLimitOptions
{
    /// <summary>Workspace requests served at once; the default leaves half the cores to participants (at least one).</summary>
    public int ConcurrentRequests { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Requests that wait their turn beyond those; more than this are refused with 503 and <c>Retry-After</c>.</summary>
    public int QueueLength { get; set; } = 200;
}
