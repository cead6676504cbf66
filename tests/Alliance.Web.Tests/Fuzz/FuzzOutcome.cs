using System.Collections.Concurrent;

namespace Alliance.Web.Tests.Fuzz;

/// <summary>What the fuzzed requests got, gathered from the concurrent senders: counts by status, and failures.</summary>
internal sealed class FuzzOutcome
{
    private int _sent;

    public ConcurrentDictionary<int, int> Counts { get; } = new();

    public ConcurrentQueue<string> Failures { get; } = new();

    public int Sent => _sent;

    public void Count(int status)
    {
        Interlocked.Increment(ref _sent);
        Counts.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public void Fail(string failure) => Failures.Enqueue(failure);
}
